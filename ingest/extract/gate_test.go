package extract

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// The gate must agree with the regexp package on every text: Match with
// MatchString, findAll with FindAllStringSubmatchIndex.
func TestGateAgreesWithRegexp(t *testing.T) {
	patterns := []string{
		`(?P<s>⟦[CP]\d+⟧),? (?P<g>[^⟦⟧.;:]*?)(?:met|talks)(?:[.,;]|$| (?:on|in)\b)`,
		`^⟦C\d+⟧ and`,
		`\bban\b`,
		`\Ban`,
		`(?i)Visit(?:ed|s)? ⟦C\d+⟧`,
		`(?m)^said$`,
		`x*`,
		`a|b|`,
		`[^.;]*?, (?:an allegation|a charge) ⟦P\d+⟧`,
		`é+\w`,
		`(?s).`,
		`.`,
		`^(?:He|She|It)\b`,
		`, (?:which|who) ⟦C\d+⟧`,
		`⟧, (?:a |the )?⟦P\d+⟧ met`,
		`\bon\b`,
		`talks$`,
		`(?m)said$`,
		`met\b`,
		`(?:(a)x|ab)`,
		`((a)|b)+n`,
		`(?P<s>⟦C\d+⟧)(?: and (?P<o>⟦P\d+⟧))? (?:met|said)`,
	}
	texts := []string{"", "⟦C1⟧ met ⟦C2⟧ on Friday.", "⟦P0⟧, who talks in Rome", "banana ban", "an",
		"⟦C1⟧ and ⟦C2⟧ visited ⟦C3⟧; VISITS ⟦C4⟧", "he\nsaid\nsaid", "xx", "ab", "ééa ébc",
		"line\nbreak", "\xff\xfe bad ⟦P1⟧ met", "⟦P2⟧ met.", "⟦C1⟧ met \xe2\x9f", "\xe2\x9f\xa6x⟧", "a\xe2"}
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"⟦C1⟧", "⟦P2⟧", " ", "met", "talks", "on", "in", ",", ".", "a", "n", "b", "\n", "é", "x", "said",
		"He", "which", ", "}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for n := rng.Intn(12); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		g := newGate(re.String())
		for _, text := range texts {
			if got, want := g.Match(text), re.MatchString(text); got != want {
				t.Errorf("%q on %q: gate %v, regexp %v", p, text, got, want)
			}
			if got, want := g.findAll(re, text), re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q on %q: findAll %v, regexp %v", p, text, got, want)
			}
			gr := &gatedRegexp{re, g}
			same := func(method string, got, want any) {
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q on %q: %s %v, regexp %v", p, text, method, got, want)
				}
			}
			same("FindString", gr.FindString(text), re.FindString(text))
			same("FindStringIndex", gr.FindStringIndex(text), re.FindStringIndex(text))
			same("FindStringSubmatch", gr.FindStringSubmatch(text), re.FindStringSubmatch(text))
			same("FindStringSubmatchIndex", gr.FindStringSubmatchIndex(text), re.FindStringSubmatchIndex(text))
			same("FindAllString", gr.FindAllString(text, -1), re.FindAllString(text, -1))
			same("FindAllStringIndex", gr.FindAllStringIndex(text, 2), re.FindAllStringIndex(text, 2))
			same("FindAllStringSubmatch", gr.FindAllStringSubmatch(text, -1), re.FindAllStringSubmatch(text, -1))
			same("FindAllStringSubmatchIndex", gr.FindAllStringSubmatchIndex(text, 1), re.FindAllStringSubmatchIndex(text, 1))
			same("ReplaceAllString", gr.ReplaceAllString(text, "<$0>"), re.ReplaceAllString(text, "<$0>"))
			same("ReplaceAllStringFunc", gr.ReplaceAllStringFunc(text, strings.ToUpper), re.ReplaceAllStringFunc(text, strings.ToUpper))
		}
	}
}

// Every rule of the lexicon, on tagged sentences written for the test and
// on those of the sample and their rewrites: with the cache as the
// sentences before left it, then once more from an empty cache.
func TestGateAgreesOnRules(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := append(sampleTagged(t, x), []string{
		"⟦C0⟧ and ⟦C1⟧ agreed on Friday to restore diplomatic ties, the foreign ministers said after talks in ⟦C2⟧ hosted by ⟦C3⟧.",
		"⟦P0⟧ met ⟦P1⟧ in ⟦C2⟧ on Monday, and said ⟦C2⟧ would impose tariffs on ⟦C3⟧, ⟦C4⟧ and ⟦C5⟧.",
		"⟦O0⟧ has accused the ⟦O1⟧ of allowing ⟦O2⟧ to launch attacks, a charge ⟦O1⟧ denies.",
		"⟦D0⟧ Foreign Minister ⟦P1⟧ spoke with his ⟦D2⟧ counterpart ⟦P3⟧ by phone.",
		"⟦C0⟧ is not a member of the ⟦O1⟧; ⟦C2⟧ expelled ⟦D3⟧ diplomats.",
	}...)
	for _, r := range x.lx.rules {
		g := newGate(r.re.String())
		g.once.Do(g.build)
		for i := range g.prog.Inst {
			in := &g.prog.Inst[i]
			if !isRuneInst(in.Op) {
				continue
			}
			m := asciiMask(in)
			for c := rune(0); c < 128; c++ {
				if got := m[c/64]&(1<<(c%64)) != 0; got != in.MatchRune(c) {
					t.Fatalf("rule %s instruction %d (%v) on %q: mask %v, MatchRune %v", r.name, i, in, c, got, !got)
				}
			}
		}
		for round := 0; round < 2; round++ {
			for _, text := range texts {
				in := foldASCII(text)
				if !r.folded {
					in = text
				}
				got, want := g.findAll(r.re, in), r.re.FindAllStringSubmatchIndex(in, -1)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("rule %s on %q: gate %v, regexp %v", r.name, in, got, want)
				}
			}
			g.mu.Lock()
			g.reset() // the second round builds every state again
			g.mu.Unlock()
		}
	}
}

// sampleTagged is every sentence of the sample page as the rules read it:
// tagged, and rewritten.
func sampleTagged(t *testing.T, x *Extractor) []string {
	raw, err := os.ReadFile("../../testdata/sample/daily8-pakistan-afghanistan-china.txt")
	if err != nil {
		t.Fatal(err)
	}
	bp, _ := ingest.NewBoilerplate(nil)
	var out []string
	for _, art := range ingest.ParseText("sample", raw, bp) {
		a := newArticle(x)
		for _, text := range splitSentences(art.Text) {
			s := &sentence{text: text, tokens: tokenize(text)}
			ms := a.sentenceMentions(s)
			sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
			tagged := tagged(s, ms)
			out = append(append(out, tagged), rewrites(tagged)...)
		}
	}
	return out
}

// "An a twelve letters before the end" needs thousands of DFA states; the
// cache starts again past its bound and the answers stay right.
func TestGateCacheIsBounded(t *testing.T) {
	re := regexp.MustCompile(`a[ab]{12}$`)
	g := newGate(re.String())
	rng := rand.New(rand.NewSource(2))
	most := 0
	for i := 0; i < 3000; i++ {
		b := make([]byte, 60)
		for j := range b {
			b[j] = "ab"[rng.Intn(2)]
		}
		text := string(b)
		if g.Match(text) != re.MatchString(text) {
			t.Fatalf("disagree on %q", text)
		}
		most = max(most, len(g.states))
	}
	// A cache is only cleared between texts: it may pass the bound by
	// the states of one text.
	if most > maxGateStates+61 {
		t.Errorf("%d states cached, bound %d", most, maxGateStates)
	}
	if most < maxGateStates {
		t.Errorf("only %d states were built: the test does not reach the bound", most)
	}
}

// A long counted repeat of a user's trigger is checked on the match: what
// it spans may not pass its bound.
func TestLongRepeatBound(t *testing.T) {
	x, err := New(Options{Triggers: []string{"CRITICIZES\tfaulted-over\tasserted\t0.7\t{S} faulted [^.;]{0,20}? over {O}"}})
	if err != nil {
		t.Fatal(err)
	}
	near := x.Extract(Doc{Text: "Norway faulted its neighbour over Sweden."})
	if !has(near, "CRITICIZES", "country:nor", "country:swe", "") {
		t.Errorf("within the bound: no relation in %v", near.Relations)
	}
	far := x.Extract(Doc{Text: "Norway faulted its large and often difficult neighbour over Sweden."})
	if has(far, "CRITICIZES", "country:nor", "country:swe", "") {
		t.Errorf("past the bound of 20 characters: %v", far.Relations)
	}
}

// One extractor may serve several goroutines: the gates' caches are shared.
func TestConcurrentExtract(t *testing.T) {
	x := newX(t)
	doc := Doc{Title: "Kenya, Uganda move towards restoring ties", Text: benchText}
	want := x.Extract(doc)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				if got := x.Extract(doc); !reflect.DeepEqual(got, want) {
					errs <- fmt.Sprintf("run %d differs", j)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// normKey's ASCII path gives what the general one does.
func TestNormKeyASCII(t *testing.T) {
	slow := func(s string) string {
		s = strings.ToLower(keyReplacer.Replace(s))
		s = strings.Join(strings.Fields(s), " ")
		return strings.TrimPrefix(s, "the ")
	}
	for _, s := range []string{"", "the", "The ", "the Hague", "The  U.S.-China\tTalks.", " -Lee- ", "THE the x", "A.B.C", "\x0bx\x1fy", "the-end"} {
		if got, want := normKeyASCII(s), slow(s); got != want {
			t.Errorf("normKeyASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

// toLower gives what strings.ToLower does.
func TestToLower(t *testing.T) {
	for _, s := range []string{"", "⟦C1⟧ Met ⟦P2⟧", "ÉLYSÉE İstanbul ǅ", "bad \xff\xfe UTF-8 ⟦", "ALL CAPS", "ß ẞ Σ"} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// A hint set holds a text when one of its strings is in it, wherever.
func TestHintSet(t *testing.T) {
	h := newHintSet([]string{"no plan", "n't", "yet to", "a.b"})
	for text, want := range map[string]bool{"": false, "has no plans": true, "won't": true, "not yet": false,
		"is yet to": true, "axb": false, "a.b": true, "no  plan": false, "plan no": false} {
		if got := h.in(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// placeholders reads what placeholderRe finds.
func TestPlaceholders(t *testing.T) {
	for _, s := range []string{"", "⟦C0⟧", "⟦P12⟧ and ⟦D3⟧, ⟦O45⟧.", "⟦X1⟧ ⟦C⟧ ⟦C1 ⟦C2⟧", "⟦⟦P7⟧⟧", "⟦C1⟧⟦O2⟧x⟦", "a ⟦p1⟧ ⟦D09⟧"} {
		var want []int
		for _, m := range placeholderRe.FindAllStringSubmatch(s, -1) {
			n, _ := strconv.Atoi(m[1])
			want = append(want, n)
		}
		if got := placeholders(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// Programs past largeProgram take the gates' own search for single
// matches: the planned-words pattern on the sample's sentences and a
// large pattern with groups and word boundaries on random texts.
func TestLargeProgramsAgree(t *testing.T) {
	var words []string
	for i := 0; i < 300; i++ {
		words = append(words, fmt.Sprintf("w%dx", i))
	}
	big := mustGated(`\b(?P<w>` + strings.Join(words, "|") + `|said|met)(?: (on|in))?\b`)
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := sampleTagged(t, x)
	rng := rand.New(rand.NewSource(3))
	alphabet := []string{"w12x", "w299x", "w3", " ", "on", "in", "said", "met", ",", "⟦C1⟧", "é"}
	for i := 0; i < 400; i++ {
		var b strings.Builder
		for n := rng.Intn(10); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, g := range []*gatedRegexp{big, plannedRe, negationRe} {
		g.gate.once.Do(g.gate.build)
		if g == big && len(g.gate.prog.Inst) <= largeProgram {
			t.Fatalf("the test pattern has %d instructions, not past %d", len(g.gate.prog.Inst), largeProgram)
		}
		for _, text := range texts {
			for _, in := range []string{text, toLower(text)} {
				if got, want := g.FindStringSubmatchIndex(in), g.Regexp.FindStringSubmatchIndex(in); !reflect.DeepEqual(got, want) {
					t.Errorf("%.40q on %q: %v, regexp %v", g.String(), in, got, want)
				}
				if got, want := g.FindStringSubmatch(in), g.Regexp.FindStringSubmatch(in); !reflect.DeepEqual(got, want) {
					t.Errorf("%.40q on %q: %q, regexp %q", g.String(), in, got, want)
				}
				if got, want := g.FindStringIndex(in), g.Regexp.FindStringIndex(in); !reflect.DeepEqual(got, want) {
					t.Errorf("%.40q on %q: %v, regexp %v", g.String(), in, got, want)
				}
			}
		}
	}
}
