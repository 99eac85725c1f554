package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// A rule's regular expression runs only on sentences that hold the literal
// words it needs. requiredSets reads them off the pattern: every match
// contains, for each returned set, at least one of its strings ("restor" or
// "resum", and "ties" or "relations"). Sentences are checked against all
// sets of all rules in one pass (needleIndex), so most rules never run.

const maxAlternatives = 64

// requiredSets parses a pattern and returns its required literal sets,
// lower-cased; strings shorter than two bytes are dropped as useless.
func requiredSets(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, set := range required(re.Simplify()) {
		ok := len(set) > 0
		entities := true
		for _, w := range set {
			if len(w) < 2 {
				ok = false
			}
			if !strings.HasPrefix(w, "⟦") && !strings.HasPrefix(w, "⟧") {
				entities = false
			}
		}
		if entities {
			// placeholders and their brackets: every sentence a rule
			// runs on has them
			continue
		}
		if ok {
			out = append(out, set)
		}
	}
	return out
}

// required returns sets of which every match holds one string each.
func required(re *syntax.Regexp) [][]string {
	if lits, ok := literalSet(re); ok {
		return [][]string{lits}
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		// One set: the union over branches of each branch's best set.
		var union []string
		for _, s := range re.Sub {
			best := longest(required(s))
			if best == nil {
				return nil
			}
			union = append(union, best...)
		}
		if len(union) > maxAlternatives {
			return nil
		}
		return [][]string{union}
	case syntax.OpConcat:
		var out [][]string
		var run []string // cross product of adjacent literal parts
		flush := func() {
			if run != nil {
				out = append(out, run)
				run = nil
			}
		}
		for _, s := range re.Sub {
			lits, ok := literalSet(s)
			if !ok {
				flush()
				out = append(out, required(s)...)
				continue
			}
			if run == nil {
				run = lits
				continue
			}
			next := make([]string, 0, len(run)*len(lits))
			for _, a := range run {
				for _, b := range lits {
					next = append(next, a+b)
				}
			}
			if len(next) > maxAlternatives {
				flush()
				next = lits
			}
			run = next
		}
		flush()
		return out
	}
	return nil
}

// longest picks the set whose shortest string is longest.
func longest(sets [][]string) []string {
	var best []string
	bestLen := -1
	for _, set := range sets {
		m := 1 << 30
		for _, s := range set {
			m = min(m, len(s))
		}
		if m > bestLen {
			best, bestLen = set, m
		}
	}
	return best
}

// literalSet reports the exact strings a node matches when it matches only
// literal text (a literal, or alternations and concatenations of them).
func literalSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpQuest:
		// "meets?" after the parser factors "meet|meets"
		set, ok := literalSet(re.Sub[0])
		return append(set, ""), ok
	case syntax.OpCharClass:
		// a small class such as [sz] of "normali[sz]e", or [Mm] of (?i)
		seen := map[string]bool{}
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 8 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if l := strings.ToLower(string(r)); !seen[l] {
					seen[l] = true
					out = append(out, l)
				}
			}
		}
		return out, len(out) > 0 && len(out) <= 8
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := literalSet(s)
			if !ok {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, len(out) <= maxAlternatives
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			set, ok := literalSet(s)
			if !ok {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(set))
			for _, a := range out {
				for _, b := range set {
					next = append(next, a+b)
				}
			}
			if len(next) > maxAlternatives {
				return nil, false
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// needleIndex finds which of many strings occur in a text in one scan.
// A needle of four bytes or more is filed under its least common
// four-byte window ("bann" of " banned", not "d by" of "banned by"), so
// few candidates are checked at each position of the text; the few
// shorter needles are looked for one by one.
type needleIndex struct {
	needles []string
	buckets [][]anchor
	keys    [1 << 14]uint16 // hash of a four-byte window -> bucket number + 1
	short   []int           // needles of fewer than four bytes
}

// anchor is a needle and the offset of its key window within it.
type anchor struct{ needle, offset int }

func newNeedleIndex() *needleIndex { return &needleIndex{} }

// letterRank orders letters from most to least common in English text; a
// window of rarer bytes makes a better key.
const letterRank = "etaoinshrdlcumwfgypbvkjxqz"

// commonness scores a byte of news text: spaces, punctuation and the
// bytes of placeholders ("⟦P3⟧") are everywhere, digits often.
func commonness(c byte) int {
	if i := strings.IndexByte(letterRank, c); i >= 0 {
		return len(letterRank) - i
	}
	if c >= '0' && c <= '9' {
		return 10
	}
	return 40
}

func windowKey(s string) uint16 {
	h := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	h *= 0x9e3779b1
	return uint16(h >> 18)
}

// add registers a needle and returns its number.
func (x *needleIndex) add(s string) int {
	for i, n := range x.needles {
		if n == s {
			return i
		}
	}
	x.needles = append(x.needles, s)
	an := anchor{needle: len(x.needles) - 1}
	if len(s) < 4 {
		x.short = append(x.short, an.needle)
		return an.needle
	}
	best, bestScore := 0, 1<<30
	for i := 0; i+4 <= len(s); i++ {
		sc := 0
		for _, c := range []byte(s[i : i+4]) {
			sc += commonness(c)
		}
		if b := x.keys[windowKey(s[i:])]; b != 0 {
			sc += 8 * len(x.buckets[b-1]) // spread needles over buckets
		}
		if sc < bestScore {
			best, bestScore = i, sc
		}
	}
	an.offset = best
	k := windowKey(s[best:])
	if x.keys[k] == 0 {
		x.buckets = append(x.buckets, nil)
		x.keys[k] = uint16(len(x.buckets))
	}
	x.buckets[x.keys[k]-1] = append(x.buckets[x.keys[k]-1], an)
	return an.needle
}

// scan marks in found (len(needles)) the needles that occur in text and
// appends their numbers to hits.
func (x *needleIndex) scan(text string, found []bool, hits []int) []int {
	clear(found)
	for _, n := range x.short {
		if strings.Contains(text, x.needles[n]) {
			found[n] = true
			hits = append(hits, n)
		}
	}
	for i := 0; i+4 <= len(text); i++ {
		b := x.keys[windowKey(text[i:])]
		if b == 0 {
			continue
		}
		for _, an := range x.buckets[b-1] {
			if !found[an.needle] && i >= an.offset && strings.HasPrefix(text[i-an.offset:], x.needles[an.needle]) {
				found[an.needle] = true
				hits = append(hits, an.needle)
			}
		}
	}
	return hits
}

// ruleFilter tells which rules may match a sentence: those with a needle
// of each of their sets in it. It works from the needles found, so its
// cost follows what the sentence holds rather than the number of rules.
type ruleFilter struct {
	needles *needleIndex
	refs    [][]setRef // by needle: the rule sets it belongs to
	sets    []int      // by rule: how many needle sets it has
	nSets   int
}

type setRef struct{ rule, set int } // set numbers run across all rules

// filterScratch is the per-article memory of a ruleFilter.
type filterScratch struct {
	found   []bool
	hits    []int
	setSeen []bool
	count   []int
	may     []bool
}

func newRuleFilter(idx *needleIndex, rules []*rule) *ruleFilter {
	f := &ruleFilter{needles: idx, refs: make([][]setRef, len(idx.needles)), sets: make([]int, len(rules))}
	for ri, r := range rules {
		f.sets[ri] = len(r.needs)
		for _, set := range r.needs {
			for _, n := range set {
				f.refs[n] = append(f.refs[n], setRef{ri, f.nSets})
			}
			f.nSets++
		}
	}
	return f
}

// possible returns, by rule, whether lower (a lower-cased sentence) holds
// a needle of each of the rule's sets.
func (f *ruleFilter) possible(lower string, sc *filterScratch) []bool {
	if len(sc.found) != len(f.needles.needles) {
		*sc = filterScratch{found: make([]bool, len(f.needles.needles)), setSeen: make([]bool, f.nSets),
			count: make([]int, len(f.sets)), may: make([]bool, len(f.sets))}
	}
	sc.hits = f.needles.scan(lower, sc.found, sc.hits[:0])
	clear(sc.setSeen)
	clear(sc.count)
	for _, n := range sc.hits {
		for _, ref := range f.refs[n] {
			if !sc.setSeen[ref.set] {
				sc.setSeen[ref.set] = true
				sc.count[ref.rule]++
			}
		}
	}
	for r, n := range f.sets {
		sc.may[r] = sc.count[r] == n
	}
	return sc.may
}

// compileFolded compiles a case-insensitive pattern ("(?i)...") into one
// that matches text lower-cased by foldASCII: its ASCII letters are
// lower-cased and the flag dropped. A case-blind literal costs the regexp
// engine a fold at every step; this way each is one comparison. Escapes
// (\W) and what follows "⟦" in a placeholder keep their case. A pattern
// with a Unicode class (\p{Lu}) cannot see case in folded text: it is
// compiled as written, and folded is false.
func compileFolded(pattern string) (re *regexp.Regexp, folded bool, err error) {
	if _, err := syntax.Parse(pattern, syntax.Perl); err != nil {
		return nil, false, err // report errors against the pattern as written
	}
	if !strings.HasPrefix(pattern, "(?i)") || strings.Contains(pattern, `\p`) || strings.Contains(pattern, `\P`) {
		re, err := regexp.Compile(pattern)
		return re, false, err
	}
	src := strings.TrimPrefix(pattern, "(?i)")
	b := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			end := i + 2
			if (src[i+1] == 'p' || src[i+1] == 'P') && end < len(src) && src[end] == '{' {
				if k := strings.IndexByte(src[end:], '}'); k >= 0 {
					end += k + 1
				}
			}
			b = append(b, src[i:end]...)
			i = end - 1
		case strings.HasPrefix(src[i:], "(?"):
			// group names and flags as written
			end := i + 2
			for end < len(src) && src[end] != ':' && src[end] != ')' && src[end-1] != '>' {
				end++
			}
			b = append(b, src[i:end]...)
			i = end - 1
		case strings.HasPrefix(src[i:], "⟦"):
			end := i + len("⟦")
			if end < len(src) && src[end] == '[' {
				if k := strings.IndexByte(src[end:], ']'); k >= 0 {
					end += k + 1
				}
			} else if end < len(src) {
				end++
			}
			b = append(b, src[i:end]...)
			i = end - 1
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	re, err = regexp.Compile(string(b))
	return re, true, err
}

// foldASCII lower-cases the ASCII letters of a tagged sentence, keeping
// its length, except the letter that follows "⟦" in a placeholder.
func foldASCII(s string) string {
	b := []byte(nil)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' || (i >= 3 && s[i-3:i] == "⟦") {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		b[i] = c + 'a' - 'A'
	}
	if b == nil {
		return s
	}
	return string(b)
}
