package extract

import (
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
// Each needle is filed under its least common two-byte window ("ba" of
// " ban", not " b"), so few candidates are checked at each position.
type needleIndex struct {
	needles []string
	byKey   map[uint16][]anchor
	isKey   [1 << 16]bool // quick test before the map lookup
}

// anchor is a needle and the offset of its key window within it.
type anchor struct{ needle, offset int }

func newNeedleIndex() *needleIndex { return &needleIndex{byKey: map[uint16][]anchor{}} }

// letterRank orders bytes from most to least common in English text; a
// window of rarer bytes makes a better key.
const letterRank = " etaoinshrdlcumwfgypbvkjxqz"

func commonness(c byte) int {
	if i := strings.IndexByte(letterRank, c); i >= 0 {
		return len(letterRank) - i
	}
	return 0 // digits, punctuation, the bytes of "⟦": rare
}

// add registers a needle and returns its number.
func (x *needleIndex) add(s string) int {
	for i, n := range x.needles {
		if n == s {
			return i
		}
	}
	x.needles = append(x.needles, s)
	best, bestScore := 0, 1<<30
	for i := 0; i+1 < len(s); i++ {
		if sc := commonness(s[i]) + commonness(s[i+1]); sc < bestScore {
			best, bestScore = i, sc
		}
	}
	k := uint16(s[best])<<8 | uint16(s[best+1])
	x.byKey[k] = append(x.byKey[k], anchor{len(x.needles) - 1, best})
	x.isKey[k] = true
	return len(x.needles) - 1
}

// scan marks in found (len(needles)) the needles that occur in text.
func (x *needleIndex) scan(text string, found []bool) {
	for i := range found {
		found[i] = false
	}
	for i := 0; i+1 < len(text); i++ {
		k := uint16(text[i])<<8 | uint16(text[i+1])
		if !x.isKey[k] {
			continue
		}
		for _, an := range x.byKey[k] {
			if found[an.needle] || i < an.offset {
				continue
			}
			if strings.HasPrefix(text[i-an.offset:], x.needles[an.needle]) {
				found[an.needle] = true
			}
		}
	}
}
