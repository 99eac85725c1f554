package extract

import (
	"regexp"
	"slices"
	"testing"
)

// A folded pattern on folded text finds what the case-blind pattern finds
// on the text as written, at the same offsets.
func TestCompileFolded(t *testing.T) {
	patterns := []string{
		`(?i)(?P<s>(?-i:⟦[CDPO]\d+⟧)) (?:Restored|resumed) (?:diplomatic )?TIES with (?P<o>(?-i:⟦C\d+⟧))`,
		`(?i)⟦[CD](\d+)⟧-Based \w+ ⟦P(\d+)⟧`,
		`(?i)\bSaid\b \p{Lu}\w+`,
		`(?i)[A-Z]+ talks`,
	}
	texts := []string{
		"⟦C0⟧ RESTORED Diplomatic ties with ⟦C1⟧ on Monday.",
		"⟦P2⟧ restored ties with ⟦C3⟧; ⟦C4⟧ Resumed TIES with ⟦C5⟧.",
		"The ⟦C0⟧-based analyst ⟦P1⟧ SAID Khan left. Said Ali spoke.",
		"Border TALKS and trade talks ⟦c0⟧ restored ties with ⟦C1⟧",
	}
	for _, p := range patterns {
		want := regexp.MustCompile(p)
		got, folded, err := compileFolded(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, s := range texts {
			in := s
			if folded {
				in = foldASCII(s)
			}
			w, g := want.FindAllStringSubmatchIndex(s, -1), got.FindAllStringSubmatchIndex(in, -1)
			if len(w) == 0 && len(g) == 0 {
				continue
			}
			if !equalIndex(w, g) {
				t.Errorf("%s on %q: folded %v, as written %v", p, s, g, w)
			}
		}
	}
	if got := foldASCII("⟦C0⟧ Met ⟦P1⟧ IN Kabul"); got != "⟦C0⟧ met ⟦P1⟧ in kabul" {
		t.Errorf("foldASCII: %q", got)
	}
	if _, folded, _ := compileFolded(patterns[0]); !folded {
		t.Error("a plain case-blind pattern should be folded")
	}
	if _, _, err := compileFolded(`(?i)(?P<s>broken`); err == nil {
		t.Error("a broken pattern compiled")
	}
}

func equalIndex(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

func TestNeedleIndexFindsOverlappingNeedles(t *testing.T) {
	x := newNeedleIndex()
	ids := map[string]int{}
	for _, n := range []string{"ban", "banned", "ned by", "met", "ties", "zzz"} {
		ids[n] = x.add(n)
	}
	if x.add("ban") != ids["ban"] {
		t.Fatal("a needle added twice got a second number")
	}
	if err := x.build(); err != nil {
		t.Fatal(err)
	}
	found := make([]bool, len(x.needles))
	hits := x.scan("⟦c1⟧ banned by ⟦c2⟧; they met and met again", found, nil)
	want := []string{"ban", "banned", "ned by", "met"}
	if len(hits) != len(want) {
		t.Fatalf("hits %v, want the needles %v once each", hits, want)
	}
	for _, w := range want {
		if !found[ids[w]] {
			t.Errorf("%q not found", w)
		}
	}
	if found[ids["ties"]] || found[ids["zzz"]] {
		t.Error("a needle the text lacks was found")
	}
}

// A rule whose pattern names the kinds of its participants needs a
// placeholder of each kind: a sentence without a person does not run a
// rule about one. The bare brackets, in every tagged sentence, are no need.
func TestRequiredSetsKeepPlaceholderKinds(t *testing.T) {
	sets := requiredSets(`(?P<s>⟦P\d+⟧), the head of (?P<o>⟦[OD]\d+⟧)`)
	has := func(want ...string) bool {
		for _, set := range sets {
			if slices.Equal(set, want) {
				return true
			}
		}
		return false
	}
	if !has("⟦p") || !has("⟦d", "⟦o") {
		t.Errorf("sets %q: want [⟦p] and [⟦d ⟦o] among them", sets)
	}
	for _, set := range requiredSets(`⟦\w+⟧ met ⟦\w+⟧`) {
		for _, w := range set {
			if w == "⟦" || w == "⟧" {
				t.Errorf("a bare bracket %q is a need", w)
			}
		}
	}
}
