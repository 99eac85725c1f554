package extract

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"

	"github.com/coregx/ahocorasick"
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
		for _, w := range set {
			if len(w) < 2 || w == "⟦" || w == "⟧" {
				// a bare bracket is in every sentence a rule runs on
				ok = false
			}
		}
		if ok && !anyFunctionWord(set) {
			out = append(out, minimalSet(set))
		}
	}
	return out
}

// functionWord matches needles that nearly every sentence holds: a set
// with one of them filters little and fills every scan with matches.
var functionWord = regexp.MustCompile(`^[ ,']*(?:a|an|the|to|of|in|on|by|at|for|and|with|as|is|s|from)?[ ,']*$`)

func anyFunctionWord(set []string) bool {
	for _, w := range set {
		if functionWord.MatchString(w) {
			return true
		}
	}
	return false
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

// needleIndex finds which of many strings occur in a text in one scan: an
// Aho-Corasick automaton over all needles, one table step per byte.
type needleIndex struct {
	needles []string
	ids     map[string]int
	ac      *ahocorasick.Automaton
}

func newNeedleIndex() *needleIndex { return &needleIndex{ids: map[string]int{}} }

// add registers a needle and returns its number.
func (x *needleIndex) add(s string) int {
	if i, ok := x.ids[s]; ok {
		return i
	}
	x.ids[s] = len(x.needles)
	x.needles = append(x.needles, s)
	return len(x.needles) - 1
}

// build compiles the automaton once every needle is added.
func (x *needleIndex) build() error {
	if len(x.needles) == 0 {
		return nil
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(x.needles).Build()
	x.ac = ac
	return err
}

// scan marks in found (len(needles)) the needles that occur in text and
// appends their numbers to hits.
func (x *needleIndex) scan(text string, found []bool, hits []int) []int {
	clear(found)
	if x.ac == nil {
		return hits
	}
	for _, m := range x.ac.FindAllOverlapping([]byte(text)) {
		if !found[m.PatternID] {
			found[m.PatternID] = true
			hits = append(hits, m.PatternID)
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
	if re, err = regexp.Compile(string(b)); err != nil {
		// report errors against the pattern as written
		_, err = regexp.Compile(pattern)
		if err == nil {
			err = fmt.Errorf("the pattern lower-cased does not compile")
		}
		return nil, false, err
	}
	return re, true, nil
}

// foldASCII lower-cases the ASCII letters of a tagged sentence, keeping
// its length, except the letter that follows "⟦" in a placeholder.
func foldASCII(s string) string {
	var b strings.Builder
	kept := 0 // s[kept:i] is not written yet and needs no change
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' || (i >= 3 && s[i-3:i] == "⟦") {
			continue
		}
		if kept == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[kept:i])
		b.WriteByte(c + 'a' - 'A')
		kept = i + 1
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// minimalSet drops the strings of a set that hold another of its strings:
// the shorter one occurs wherever the longer does.
func minimalSet(set []string) []string {
	var out []string
	for i, w := range set {
		redundant := false
		for j, v := range set {
			if j != i && strings.Contains(w, v) && (len(v) < len(w) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, w)
		}
	}
	return out
}
