package extract

import (
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A gate answers one question about a rule's pattern: does it match
// anywhere in a sentence? Most sentences a rule runs on do not hold a
// match, and Go's regexp answers that on its NFA (the rule programs are
// too large for its backtracker) at a few hundred nanoseconds a byte. A
// gate simulates the same compiled program as a lazily built DFA: each set
// of program positions becomes one state the first time it is reached, and
// later sentences step through cached states at one table lookup a byte.
// Where the gate says yes, the gate of the reversed program lists where
// matches start, and a backtracker over the same program (backtrack.go)
// finds the leftmost match and its groups from there, as the regexp
// package reports them; tests hold the two to agreement on every rule.
// Patterns small enough for regexp's own backtracker go to regexp for
// single matches.

// maxGateStates bounds a gate's cache; past it the cache starts again.
const maxGateStates = 1024

// What the previous rune was, as far as empty-width assertions care.
const (
	prevBegin = iota // no rune yet: the start of the text
	prevWord         // a word character (\b)
	prevNewline
	prevOther
)

type gate struct {
	once    sync.Once
	pattern string
	mu      sync.Mutex
	prog    *syntax.Prog // nil if the pattern did not compile here: every text may match
	// anchored: every match starts at the start of the text (^), so no
	// thread starts later and a state without threads ends the search.
	anchored bool
	// first is the one byte every match starts with, or 0: where no
	// thread is alive the search jumps to its next occurrence.
	first byte
	// back is the gate of the reversed pattern, built with this one, that
	// finds where matches start; nil in a reversed gate.
	back    *gate
	reverse bool
	// leads, built on the first search for groups, let the backtracker
	// skip paths the next byte rules out.
	leadOnce sync.Once
	bt       backtrackTables
	class    [utf8.RuneSelf]uint8 // ASCII runes that every instruction treats alike share a class
	nASCII   int                  // number of ASCII classes
	stride   int                  // classes: the ASCII ones and the two placeholder brackets
	rep      []rune               // a rune of each class

	states []gateState
	index  map[string]int32 // state key -> state number
	wide   map[uint64]int32 // (state, other non-ASCII rune) -> transition
	// trans holds by state and class (stride classes a state) the row
	// (state number times stride) of the next state, or one of the
	// negative codes below.
	trans []int32
	idle  [prevOther + 1]int32 // by kind of previous rune: the row of the state with no thread alive; -1 not yet built
	// scratch for building states
	seen  []uint32
	stack []uint32
	set   []uint32
	mark  uint32
}

// Transitions that are not a next state.
const (
	unbuilt   = -1
	matchHere = -2 // a match ends before the rune
	dead      = -3 // no thread is alive and none can start: no match
	// A transition to a state with no thread alive is idleBase minus the
	// state's row, so that the search leaves its inner loop to jump ahead.
	idleBase = -4
	// In a reversed gate: a match of the pattern starts after the rune,
	// on a transition to a state (a flag on its row) or to none.
	startsHere     = 1 << 30
	deadAfterStart = -5
)

type gateState struct {
	pcs   []uint32 // program positions waiting for the next rune (before empty-width checks)
	prev  uint8
	final int8 // -1 unknown; 0/1: whether the text may end here with a match
}

// newGate returns the gate of a pattern that regexp.Compile accepted. It
// is built when first used, so that rules that never run cost nothing.
func newGate(pattern string) *gate { return &gate{pattern: pattern} }

func (g *gate) build() {
	re, err := syntax.Parse(g.pattern, syntax.Perl)
	if err != nil {
		return
	}
	if g.reverse {
		re = reversed(re)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return
	}
	g.prog, g.seen = prog, make([]uint32, len(prog.Inst))
	g.anchored = prog.StartCond()&syntax.EmptyBeginText != 0
	if !g.reverse {
		g.first = g.firstByte()
		g.back = &gate{pattern: g.pattern, reverse: true}
	}
	g.classes()
	g.reset()
}

// reversed is the expression that matches the reverse of what re
// matches: concatenations and literals backwards, the start and end of
// text and line swapped. Word boundaries look both ways and stay.
func reversed(re *syntax.Regexp) *syntax.Regexp {
	out := *re
	out.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, sub := range re.Sub {
		out.Sub[i] = reversed(sub)
	}
	switch re.Op {
	case syntax.OpConcat:
		slices.Reverse(out.Sub)
	case syntax.OpLiteral:
		out.Rune = slices.Clone(re.Rune)
		slices.Reverse(out.Rune)
	case syntax.OpBeginLine:
		out.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		out.Op = syntax.OpBeginLine
	case syntax.OpBeginText:
		out.Op = syntax.OpEndText
	case syntax.OpEndText:
		out.Op = syntax.OpBeginText
	}
	return &out
}

// classes groups the ASCII runes by what the program's rune instructions
// and the word-boundary and line checks make of them. Instructions that
// test the same runes are looked at once.
func (g *gate) classes() {
	var masks [][2]uint64 // by distinct instruction: the ASCII runes it takes
	seen := map[string]bool{}
	var key []byte
	for i := range g.prog.Inst {
		in := &g.prog.Inst[i]
		if !isRuneInst(in.Op) {
			continue
		}
		key = binary.LittleEndian.AppendUint32(append(key[:0], byte(in.Op)), in.Arg)
		for _, r := range in.Rune {
			key = binary.LittleEndian.AppendUint32(key, uint32(r))
		}
		if seen[string(key)] {
			continue
		}
		seen[string(key)] = true
		masks = append(masks, asciiMask(in))
	}
	byKey := map[string]uint8{}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		key = append(key[:0], kindOf(r))
		var bits byte
		for n, m := range masks {
			if m[r/64]&(1<<(r%64)) != 0 {
				bits |= 1 << (n % 8)
			}
			if n%8 == 7 {
				key = append(key, bits)
				bits = 0
			}
		}
		key = append(key, bits)
		c, ok := byKey[string(key)]
		if !ok {
			c = uint8(len(g.rep))
			byKey[string(key)] = c
			g.rep = append(g.rep, r)
		}
		g.class[r] = c
	}
	g.nASCII = len(g.rep)
	// The placeholder brackets are in every tagged sentence: each has a
	// class of its own instead of a map lookup.
	g.rep = append(g.rep, '⟦', '⟧')
	g.stride = len(g.rep)
}

// asciiMask is the set of ASCII runes a rune instruction matches, as
// Inst.MatchRune decides it.
func asciiMask(in *syntax.Inst) (m [2]uint64) {
	set := func(r rune) {
		if r >= 0 && r < utf8.RuneSelf {
			m[r/64] |= 1 << (r % 64)
		}
	}
	switch {
	case in.Op == syntax.InstRuneAny:
		return [2]uint64{^uint64(0), ^uint64(0)}
	case in.Op == syntax.InstRuneAnyNotNL:
		return [2]uint64{^uint64(0) &^ (1 << '\n'), ^uint64(0)}
	case len(in.Rune) == 1:
		r0 := in.Rune[0]
		set(r0)
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				set(r)
			}
		}
	default:
		for i := 0; i+1 < len(in.Rune); i += 2 {
			for r := in.Rune[i]; r <= in.Rune[i+1] && r < utf8.RuneSelf; r++ {
				set(r)
			}
		}
	}
	return m
}

func isRuneInst(op syntax.InstOp) bool {
	return op == syntax.InstRune || op == syntax.InstRune1 || op == syntax.InstRuneAny || op == syntax.InstRuneAnyNotNL
}

func kindOf(r rune) uint8 {
	switch {
	case syntax.IsWordChar(r):
		return prevWord
	case r == '\n':
		return prevNewline
	}
	return prevOther
}

func (g *gate) reset() {
	g.states = g.states[:0]
	g.trans = g.trans[:0]
	g.index = map[string]int32{}
	g.wide = map[uint64]int32{}
	for k := range g.idle {
		g.idle[k] = -1
	}
}

// idleRow is the row of the state with no thread alive after a rune of
// kind prev (at the start of the text, prevBegin).
func (g *gate) idleRow(prev uint8) int32 {
	if g.idle[prev] < 0 {
		g.idle[prev] = g.state([]uint32{uint32(g.prog.Start)}, prev) * int32(g.stride)
	}
	return g.idle[prev]
}

// firstByte is the byte that every match starts with, or 0 if there is
// none such: the lead of the program's start holds one byte, and no match
// is empty.
func (g *gate) firstByte() byte {
	prog := g.prog
	l, _ := closureLead(prog, uint32(prog.Start), func(at uint32) [4]uint64 { return runeLead(&prog.Inst[at]) },
		make([]int, len(prog.Inst)), 1, nil)
	var first byte
	n := 0
	for c := 0; c < 256; c++ {
		if l.bytes[c>>6]&(1<<(c&63)) != 0 {
			first = byte(c)
			n++
		}
	}
	if l.empty || n != 1 {
		return 0
	}
	return first
}

// state interns the state of pcs after a rune of kind prev.
func (g *gate) state(pcs []uint32, prev uint8) int32 {
	key := make([]byte, 0, 4*len(pcs)+1)
	key = append(key, prev)
	for _, pc := range pcs {
		key = append(key, byte(pc), byte(pc>>8), byte(pc>>16), byte(pc>>24))
	}
	if s, ok := g.index[string(key)]; ok {
		return s
	}
	for range g.stride {
		g.trans = append(g.trans, unbuilt)
	}
	g.states = append(g.states, gateState{pcs: append([]uint32(nil), pcs...), prev: prev, final: -1})
	s := int32(len(g.states) - 1)
	g.index[string(key)] = s
	return s
}

// context is the empty-width flags that hold between a rune of kind prev
// and r (-1 at the end of the text).
func context(prev uint8, r rune) syntax.EmptyOp {
	var p rune = -1
	switch prev {
	case prevWord:
		p = 'a'
	case prevNewline:
		p = '\n'
	case prevOther:
		p = ' '
	}
	return syntax.EmptyOpContext(p, r)
}

// closure follows the instructions of pcs that consume nothing, under the
// flags, into g.set: the rune instructions reached, and whether Match is.
func (g *gate) closure(pcs []uint32, flags syntax.EmptyOp) (matched bool) {
	g.mark++
	if g.mark == 0 {
		clear(g.seen)
		g.mark = 1
	}
	g.set = g.set[:0]
	g.stack = append(g.stack[:0], pcs...)
	for len(g.stack) > 0 {
		pc := g.stack[len(g.stack)-1]
		g.stack = g.stack[:len(g.stack)-1]
		if g.seen[pc] == g.mark {
			continue
		}
		g.seen[pc] = g.mark
		in := &g.prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			matched = true
		case syntax.InstFail:
		case syntax.InstAlt, syntax.InstAltMatch:
			g.stack = append(g.stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop:
			g.stack = append(g.stack, in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^flags == 0 {
				g.stack = append(g.stack, in.Out)
			}
		default:
			g.set = append(g.set, pc)
		}
	}
	return matched
}

// step builds the transition of state s on rune r. In a reversed gate a
// match ending before r does not stop the search: it is the flag
// startsHere on the transition.
func (g *gate) step(s int32, r rune) int32 {
	st := &g.states[s]
	var flag int32
	if g.closure(st.pcs, context(st.prev, r)) {
		if !g.reverse {
			return matchHere
		}
		flag = startsHere
	}
	var next []uint32
	for _, pc := range g.set {
		if in := &g.prog.Inst[pc]; in.MatchRune(r) {
			next = append(next, in.Out)
		}
	}
	if len(next) == 0 && g.anchored {
		if flag != 0 {
			return deadAfterStart
		}
		return dead
	}
	if len(next) == 0 && g.first != 0 {
		return idleBase - g.idleRow(kindOf(r))
	}
	// An unanchored search may begin a match at every position.
	if !g.anchored {
		next = append(next, uint32(g.prog.Start))
	}
	sort.Slice(next, func(i, j int) bool { return next[i] < next[j] })
	next = dedupe(next)
	return g.state(next, kindOf(r))*int32(g.stride) | flag
}

func dedupe(s []uint32) []uint32 {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// Match reports whether the program matches anywhere in text.
func (g *gate) Match(text string) bool {
	g.once.Do(g.build)
	if g.prog == nil {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.states) > maxGateStates {
		g.reset()
	}
	row, i := g.idleRow(prevBegin), 0
	if g.first != 0 {
		if i = strings.IndexByte(text, g.first); i < 0 {
			return false
		}
		row = g.idleRow(kindBefore(text, i))
	}
	stride := int32(g.stride)
	for i < len(text) {
		// The inner loop: ASCII bytes and placeholder brackets through
		// transitions built before.
		trans := g.trans
		for i < len(text) {
			cls, n := g.classAt(text, i)
			if n == 0 {
				break
			}
			next := trans[row+int32(cls)]
			if next < 0 {
				break
			}
			row = next
			i += n
		}
		if i == len(text) {
			break
		}
		// Anything else goes the long way: a bracket of a placeholder,
		// another rune, a transition not built yet, or no thread alive.
		cls, n := g.classAt(text, i)
		var r rune
		if n == 0 {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		next := g.transition(row, cls, r)
		i += n
		switch {
		case next >= 0:
			row = next
		case next == matchHere:
			return true
		case next == dead:
			return false
		default:
			row = idleBase - next
			if g.first != 0 {
				// No thread alive: on to the next byte a match can start with.
				j := strings.IndexByte(text[i:], g.first)
				if j < 0 {
					return false
				}
				if j > 0 {
					i += j
					row = g.idleRow(kindBefore(text, i))
				}
			}
		}
	}
	st := &g.states[row/stride]
	if st.final < 0 {
		st.final = 0
		if g.closure(st.pcs, context(st.prev, -1)) {
			st.final = 1
		}
	}
	return st.final == 1
}

// classAt is the class of the rune that starts at text[i] and its length
// in bytes: an ASCII rune or a placeholder bracket. Other runes have no
// class of their own: n is 0.
func (g *gate) classAt(text string, i int) (cls, n int) {
	switch c := text[i]; {
	case c < utf8.RuneSelf:
		return int(g.class[c]), 1
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x9F && (text[i+2] == 0xA6 || text[i+2] == 0xA7):
		return g.nASCII + int(text[i+2]-0xA6), 3 // ⟦ or ⟧
	}
	return -1, 0
}

// classBefore is classAt of the rune that ends at text[i-1].
func (g *gate) classBefore(text string, i int) (cls, n int) {
	switch c := text[i-1]; {
	case c < utf8.RuneSelf:
		return int(g.class[c]), 1
	case (c == 0xA6 || c == 0xA7) && i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x9F:
		return g.nASCII + int(c-0xA6), 3
	}
	return -1, 0
}

// transition is the transition from the state at row on a rune of class
// cls or, where cls < 0, on the rune r; it is built the first time taken.
func (g *gate) transition(row int32, cls int, r rune) int32 {
	stride := int32(g.stride)
	if cls >= 0 {
		at := row + int32(cls)
		next := g.trans[at]
		if next == unbuilt {
			next = g.step(row/stride, g.rep[cls])
			g.trans[at] = next
		}
		return next
	}
	k := uint64(row/stride)<<32 | uint64(uint32(r))
	next, ok := g.wide[k]
	if !ok {
		next = g.step(row/stride, r)
		g.wide[k] = next
	}
	return next
}

// kindBefore is the kind of the rune that ends text[:i].
func kindBefore(text string, i int) uint8 {
	if i == 0 {
		return prevBegin
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return kindOf(rune(c))
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return kindOf(r)
}

// starts lists in increasing order every position of text where a match
// of the pattern starts, reading text backwards through the reversed
// gate. ok is false where the gate could not be built.
func (g *gate) starts(text string, buf []int) (out []int, ok bool) {
	g.once.Do(g.build)
	if g.prog == nil {
		return nil, false
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.states) > maxGateStates {
		g.reset()
	}
	out = buf[:0]
	stride := int32(g.stride)
	row := g.idleRow(prevBegin) // nothing after the end of the text
	i := len(text)
	for i > 0 {
		// The inner loop, as Match's, backwards.
		trans := g.trans
		for i > 0 {
			cls, n := g.classBefore(text, i)
			if n == 0 {
				break
			}
			next := trans[row+int32(cls)]
			if next < 0 {
				break
			}
			if next&startsHere != 0 {
				out = append(out, i)
				next &^= startsHere
			}
			row = next
			i -= n
		}
		if i == 0 {
			break
		}
		cls, n := g.classBefore(text, i)
		var r rune
		if n == 0 {
			r, n = utf8.DecodeLastRuneInString(text[:i])
		}
		next := g.transition(row, cls, r)
		switch {
		case next >= 0:
			if next&startsHere != 0 {
				out = append(out, i)
			}
			row = next &^ startsHere
		case next == deadAfterStart:
			out = append(out, i)
			slices.Reverse(out)
			return out, true
		default: // dead
			slices.Reverse(out)
			return out, true
		}
		i -= n
	}
	st := &g.states[row/stride]
	if st.final < 0 {
		st.final = 0
		if g.closure(st.pcs, context(st.prev, -1)) {
			st.final = 1
		}
	}
	if st.final == 1 {
		out = append(out, 0)
	}
	slices.Reverse(out)
	return out, true
}

// largeProgram is the size past which Go's regexp stops backtracking and
// runs its NFA, which the gates' backtracker outruns.
const largeProgram = 500

// leftmost finds, in a text the gate matches, what FindStringSubmatchIndex
// finds (ncap slots) where the program is large; ok is false for smaller
// ones, which regexp serves as well.
func (g *gate) leftmost(text string, ncap int) (m []int, ok bool) {
	if g.prog == nil || len(g.prog.Inst) <= largeProgram || !utf8.ValidString(text) {
		return nil, false
	}
	starts, ok := g.back.starts(text, nil)
	if !ok || len(starts) == 0 {
		return nil, false
	}
	return g.submatchAt(text, starts[0], ncap), true
}

// findAll returns what re.FindAllStringSubmatchIndex(text, -1) returns, re
// being the regexp the gate was built from. Where the gate finds a match,
// the reversed gate tells where matches start, and from there a
// backtracker over the same program, which sees the text around the start
// as the regexp would, finds the groups.
func (g *gate) findAll(re *regexp.Regexp, text string) [][]int {
	if !g.Match(text) {
		return nil
	}
	if g.prog == nil || !utf8.ValidString(text) {
		return re.FindAllStringSubmatchIndex(text, -1)
	}
	starts, ok := g.back.starts(text, nil)
	if !ok {
		return re.FindAllStringSubmatchIndex(text, -1)
	}
	// The loop of regexp's FindAll: an empty match right after the
	// previous match is skipped, and an empty match moves on one rune.
	// The leftmost match in text[pos:] is the one at the first start
	// from pos on.
	var out [][]int
	prevEnd, ncap := -1, 2*(re.NumSubexp()+1)
	for pos := 0; pos <= len(text); {
		for len(starts) > 0 && starts[0] < pos {
			starts = starts[1:]
		}
		if len(starts) == 0 {
			break
		}
		m := g.submatchAt(text, starts[0], ncap)
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			accept = m[0] != prevEnd
			if pos < len(text) {
				_, w := utf8.DecodeRuneInString(text[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			out = append(out, m)
		}
	}
	return out
}

// A gatedRegexp is a regexp whose searches ask its gate first: a text
// without a match costs a DFA pass, and MatchString is the gate's answer.
// Results are the regexp's own.
type gatedRegexp struct {
	*regexp.Regexp
	gate *gate
}

// mustGated compiles a pattern as regexp.MustCompile does.
func mustGated(pattern string) *gatedRegexp {
	re := regexp.MustCompile(pattern)
	return &gatedRegexp{re, newGate(re.String())}
}

func (g *gatedRegexp) MatchString(s string) bool { return g.gate.Match(s) }

func (g *gatedRegexp) FindString(s string) string {
	if !g.gate.Match(s) {
		return ""
	}
	return g.Regexp.FindString(s)
}

func (g *gatedRegexp) FindStringIndex(s string) []int {
	if !g.gate.Match(s) {
		return nil
	}
	if m, ok := g.gate.leftmost(s, 2); ok {
		return m
	}
	return g.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is FindStringSubmatchIndex's groups as strings, as
// regexp's is.
func (g *gatedRegexp) FindStringSubmatch(s string) []string {
	m := g.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (g *gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.gate.Match(s) {
		return nil
	}
	if m, ok := g.gate.leftmost(s, 2*(g.NumSubexp()+1)); ok {
		return m
	}
	return g.Regexp.FindStringSubmatchIndex(s)
}

func (g *gatedRegexp) FindAllString(s string, n int) []string {
	if !g.gate.Match(s) {
		return nil
	}
	return g.Regexp.FindAllString(s, n)
}

func (g *gatedRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !g.gate.Match(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !g.gate.Match(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatch(s, n)
}

func (g *gatedRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n < 0 {
		return g.gate.findAll(g.Regexp, s)
	}
	if !g.gate.Match(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (g *gatedRegexp) ReplaceAllString(s, repl string) string {
	if !g.gate.Match(s) {
		return s
	}
	return g.Regexp.ReplaceAllString(s, repl)
}

func (g *gatedRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !g.gate.Match(s) {
		return s
	}
	return g.Regexp.ReplaceAllStringFunc(s, repl)
}
