package extract

import (
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// submatchAt finds the match of the gate's program that starts at from,
// with its groups, as regexp's FindStringSubmatchIndex would report the
// leftmost match when it starts there: the alternatives are tried depth
// first in the order the program prefers them, and the first path to the
// end wins. A (instruction, position) pair that failed once fails again,
// whatever groups led to it, so each is tried at most once and the search
// stays linear in program size times text length. Only instructions two
// paths lead into are marked: two paths that meet again meet at one.
// Go's regexp does the same, but only for programs of up to 500
// instructions (largeProgram); larger ones,
// such as most rules, go to its NFA, which carries every thread's groups
// along at each step. The context of from (the rune before it) is the
// text's, so word boundaries and line starts hold as in the whole text.
// ncap is the number of group slots, two per group and two for the
// match; nil if no match starts at from.
func (g *gate) submatchAt(text string, from, ncap int) []int {
	prog := g.prog
	g.leadOnce.Do(g.buildLeads)
	bt := &g.bt
	// can: the path from pc may go on at pos, as far as the next byte
	// tells. A path that cannot is not tried.
	can := func(pc uint32, pos int) bool {
		l := &bt.leads[bt.lead[pc]]
		if l.empty {
			return true
		}
		if pos >= len(text) {
			return false
		}
		c := text[pos]
		return l.bytes[c>>6]&(1<<(c&63)) != 0
	}
	width := len(text) - from + 1
	sc := backtrackPool.Get().(*backtrackScratch)
	defer backtrackPool.Put(sc)
	words := (bt.joins*width + 63) / 64
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
			if join := bt.join[pc]; join >= 0 {
				bit := int(join)*width + pos - from
				if visited[bit/64]&(1<<(bit%64)) != 0 {
					break
				}
				visited[bit/64] |= 1 << (bit % 64)
			}
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstMatch:
				caps[1] = pos
				return caps
			case syntax.InstFail:
				break path
			case syntax.InstAlt, syntax.InstAltMatch:
				out, arg := can(in.Out, pos), can(in.Arg, pos)
				switch {
				case out && arg:
					stack = append(stack, btJob{pc: in.Arg, pos: pos, slot: -1})
					pc = in.Out
				case out:
					pc = in.Out
				case arg:
					pc = in.Arg
				default:
					break path
				}
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
				if !can(pc, pos) {
					break path
				}
				// An ASCII byte in the lead set is a rune the instruction
				// takes; other runes are checked in full.
				if c := text[pos]; c < utf8.RuneSelf {
					pos++
				} else {
					r, w := utf8.DecodeRuneInString(text[pos:])
					if !in.MatchRune(r) {
						break path
					}
					pos += w
				}
				pc = in.Out
			}
		}
	}
	return nil
}

// lead is what the next byte must be for a path from an instruction to
// go on: for a rune instruction, the first bytes of the runes it takes
// (for an ASCII byte, exactly the runes it takes); for another, those of
// the rune instructions it leads to without consuming anything, and
// whether it may reach the end of the match so.
type lead struct {
	bytes [4]uint64
	empty bool
}

// backtrackTables are what the backtracker keeps of a program.
type backtrackTables struct {
	leads []lead   // distinct leads
	lead  []uint32 // by instruction: its lead in leads
	join  []int32  // by instruction: its number among those marked as visited, -1 if not
	joins int
}

// buildLeads fills g.bt from the program.
func (g *gate) buildLeads() {
	prog := g.prog
	own := make([][4]uint64, len(prog.Inst))
	for pc := range prog.Inst {
		if in := &prog.Inst[pc]; isRuneInst(in.Op) {
			own[pc] = runeLead(in)
		}
	}
	leads := make([]lead, len(prog.Inst))
	seen := make([]int, len(prog.Inst))
	var stack []uint32
	for pc := range prog.Inst {
		leads[pc], stack = closureLead(prog, uint32(pc), func(at uint32) [4]uint64 { return own[at] }, seen, pc+1, stack)
	}
	// One copy of each distinct lead: most instructions share a few.
	bt := &g.bt
	bt.lead = make([]uint32, len(prog.Inst))
	index := map[lead]uint32{}
	for pc, l := range leads {
		k, ok := index[l]
		if !ok {
			k = uint32(len(bt.leads))
			index[l] = k
			bt.leads = append(bt.leads, l)
		}
		bt.lead[pc] = k
	}
	// The instructions more than one path leads into, numbered.
	into := make([]int, len(prog.Inst))
	into[prog.Start]++
	for pc := range prog.Inst {
		switch in := &prog.Inst[pc]; in.Op {
		case syntax.InstMatch, syntax.InstFail:
		case syntax.InstAlt, syntax.InstAltMatch:
			into[in.Out]++
			into[in.Arg]++
		default:
			into[in.Out]++
		}
	}
	bt.join = make([]int32, len(prog.Inst))
	for pc, n := range into {
		bt.join[pc] = -1
		if n > 1 {
			bt.join[pc] = int32(bt.joins)
			bt.joins++
		}
	}
}

// runeLead is the lead of a rune instruction: the first bytes of the
// runes it takes.
func runeLead(in *syntax.Inst) (b [4]uint64) {
	ascii := asciiMask(in)
	b[0], b[1] = ascii[0], ascii[1]
	for _, r := range runesOf(in) {
		if r[1] < utf8.RuneSelf {
			continue
		}
		if r[0] <= utf8.RuneError && utf8.RuneError <= r[1] {
			// what a byte that starts no rune decodes to
			b[2], b[3] = ^uint64(0), ^uint64(0)
			continue
		}
		for c := leadByte(max(r[0], utf8.RuneSelf)); c <= leadByte(r[1]); c++ {
			b[c>>6] |= 1 << (c & 63)
		}
	}
	return b
}

// closureLead is the lead of a path at pc that has consumed nothing yet:
// the union of the leads (own) of the rune instructions it reaches first,
// and whether it may reach the match. seen marks the instructions visited
// with mark; stack is scratch, returned for reuse.
func closureLead(prog *syntax.Prog, pc uint32, own func(uint32) [4]uint64, seen []int, mark int, stack []uint32) (lead, []uint32) {
	var l lead
	stack = append(stack[:0], pc)
	for len(stack) > 0 {
		at := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[at] == mark {
			continue
		}
		seen[at] = mark
		in := &prog.Inst[at]
		switch in.Op {
		case syntax.InstMatch:
			l.empty = true
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			stack = append(stack, in.Out)
		case syntax.InstFail:
		default:
			for k, b := range own(at) {
				l.bytes[k] |= b
			}
		}
	}
	return l, stack
}

// runesOf lists the ranges of runes a rune instruction takes, case
// partners included.
func runesOf(in *syntax.Inst) [][2]rune {
	switch {
	case in.Op == syntax.InstRuneAny || in.Op == syntax.InstRuneAnyNotNL:
		return [][2]rune{{0, unicode.MaxRune}}
	case len(in.Rune) == 1:
		r0 := in.Rune[0]
		out := [][2]rune{{r0, r0}}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				out = append(out, [2]rune{r, r})
			}
		}
		return out
	}
	var out [][2]rune
	for i := 0; i+1 < len(in.Rune); i += 2 {
		out = append(out, [2]rune{in.Rune[i], in.Rune[i+1]})
	}
	return out
}

// leadByte is the first byte of r in UTF-8; it grows with r. The
// surrogates, which UTF-8 does not encode, count as the rune after them.
func leadByte(r rune) byte {
	if 0xD800 <= r && r <= 0xDFFF {
		r = 0xE000
	}
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], min(r, unicode.MaxRune))
	return b[0]
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
