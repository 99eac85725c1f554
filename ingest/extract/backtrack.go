package extract

import (
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

// submatchAt finds the match of the gate's program that starts at from,
// with its groups, as regexp's FindStringSubmatchIndex would report the
// leftmost match when it starts there: the alternatives are tried depth
// first in the order the program prefers them, and the first path to the
// end wins. A (instruction, position) pair that failed once fails again,
// whatever groups led to it, so each is tried at most once and the search
// stays linear in program size times text length. Go's regexp does the
// same, but only for programs of up to 500 instructions; larger ones,
// such as most rules, go to its NFA, which carries every thread's groups
// along at each step. The context of from (the rune before it) is the
// text's, so word boundaries and line starts hold as in the whole text.
// ncap is the number of group slots, two per group and two for the
// match; nil if no match starts at from.
func (g *gate) submatchAt(text string, from, ncap int) []int {
	prog := g.prog
	width := len(text) - from + 1
	sc := backtrackPool.Get().(*backtrackScratch)
	defer backtrackPool.Put(sc)
	words := (len(prog.Inst)*width + 63) / 64
	if cap(sc.visited) < words {
		sc.visited = make([]uint64, words)
	}
	visited := sc.visited[:words]
	clear(visited)
	caps := make([]int, ncap)
	for i := range caps {
		caps[i] = -1
	}
	caps[0] = from
	stack := append(sc.stack[:0], btJob{pc: uint32(prog.Start), pos: from, slot: -1})
	defer func() { sc.stack = stack[:0] }()
	for len(stack) > 0 {
		j := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if j.slot >= 0 {
			caps[j.slot] = j.pos // a group's slot as it was before this path
			continue
		}
		pc, pos := j.pc, j.pos
	path:
		for {
			bit := int(pc)*width + pos - from
			if visited[bit/64]&(1<<(bit%64)) != 0 {
				break
			}
			visited[bit/64] |= 1 << (bit % 64)
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstMatch:
				caps[1] = pos
				return caps
			case syntax.InstFail:
				break path
			case syntax.InstAlt, syntax.InstAltMatch:
				stack = append(stack, btJob{pc: in.Arg, pos: pos, slot: -1})
				pc = in.Out
			case syntax.InstNop:
				pc = in.Out
			case syntax.InstCapture:
				if k := int(in.Arg); k < ncap {
					stack = append(stack, btJob{pos: caps[k], slot: k})
					caps[k] = pos
				}
				pc = in.Out
			case syntax.InstEmptyWidth:
				if syntax.EmptyOp(in.Arg)&^emptyAt(text, pos) != 0 {
					break path
				}
				pc = in.Out
			default: // a rune instruction
				if pos >= len(text) {
					break path
				}
				r, w := rune(text[pos]), 1
				if r >= utf8.RuneSelf {
					r, w = utf8.DecodeRuneInString(text[pos:])
				}
				if !in.MatchRune(r) {
					break path
				}
				pos += w
				pc = in.Out
			}
		}
	}
	return nil
}

// emptyAt is the empty-width flags that hold at position pos of text.
func emptyAt(text string, pos int) syntax.EmptyOp {
	before, after := rune(-1), rune(-1)
	if pos > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:pos])
	}
	if pos < len(text) {
		after, _ = utf8.DecodeRuneInString(text[pos:])
	}
	return syntax.EmptyOpContext(before, after)
}

// btJob is a path to try (pc at pos) or, where slot >= 0, a group slot to
// set back to pos when the search returns past the capture that set it.
type btJob struct {
	pc   uint32
	pos  int
	slot int
}

type backtrackScratch struct {
	visited []uint64
	stack   []btJob
}

var backtrackPool = sync.Pool{New: func() any { return new(backtrackScratch) }}
