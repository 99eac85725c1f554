package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// offices held by one person at a time in a state, so that "the US
// president" or "the Afghan prime minister" names a single person.
var offices = [][]string{{"prime", "minister"}, {"president"}, {"premier"}, {"chancellor"},
	{"king"}, {"queen"}, {"emir"}, {"sultan"}, {"leader"}}

// heads are the offices "leader" may stand for.
var heads = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"}

// officeAfter returns the office whose words follow token k, and how many
// tokens it takes.
func officeAfter(toks []token, k int) (string, int) {
	for _, o := range offices {
		if k+len(o) > len(toks) {
			continue
		}
		ok := true
		for n, w := range o {
			if !strings.EqualFold(toks[k+n].text, w) {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(o, " "), len(o)
		}
	}
	return "", 0
}

// roleKey names an office of a state for the role memory.
func roleKey(office, country string) string { return office + "|" + country }

// officeOf reduces a title to the office it names, "" for other titles
// ("Vice President" and "Foreign Minister" are not "president" or "prime
// minister").
func officeOf(title string) string {
	f := strings.Fields(strings.ToLower(title))
	for len(f) > 1 && (f[0] == "new" || f[0] == "current" || f[0] == "incoming" || f[0] == "acting") {
		f = f[1:]
	}
	t := strings.Join(f, " ")
	if t == "pm" {
		return "prime minister"
	}
	for _, o := range offices {
		if t == strings.Join(o, " ") {
			return t
		}
	}
	return ""
}

// noteRoles remembers who holds which office, for the article and the run.
func (a *article) noteRoles(rs []Relation) {
	for _, r := range rs {
		if r.Type != "HOLDS_ROLE" || !strings.HasPrefix(r.Object, "country:") {
			continue
		}
		a.hasRole[r.Subject] = r.Object
		if a.titleOf[r.Subject] == "" {
			a.titleOf[r.Subject] = r.Title
		}
		if o := officeOf(r.Title); o != "" {
			a.roles[roleKey(o, r.Object)] = r.Subject
			a.x.roles[roleKey(o, r.Object)] = r.Subject
		}
	}
}

// holderOf finds the person a definite description such as "the US
// president" stands for: the one the article or the run has named in that
// office; else, when the article has a clear main actor, the person it has
// named most often who holds no office of another state. It returns "" when
// that is not certain.
func (a *article) holderOf(office, country string) string {
	known := []string{office}
	if office == "leader" {
		known = heads
	}
	for _, memory := range []map[string]string{a.roles, a.x.roles} {
		found := ""
		for _, o := range known {
			p := memory[roleKey(o, country)]
			if _, named := a.ents[p]; p == "" || !named {
				continue
			}
			if found != "" && found != p {
				return "" // a president and a prime minister: "leader" is unclear
			}
			found = p
		}
		if found != "" {
			return found
		}
	}
	best, bestN, second := "", 0, 0
	for _, id := range a.order {
		e := a.ents[id]
		if e.Type != Person {
			continue
		}
		if c, ok := a.hasRole[id]; ok && c != country {
			continue
		}
		if !a.mayHold(id, country) {
			// "Japan's prime minister" in an article about Trump's tariffs
			// is not Trump.
			continue
		}
		if office != "leader" && a.holdsOtherOffice(id, office, country) {
			// "Qatar's emir" is not the Qatari prime minister named before.
			continue
		}
		n := a.seen[id]
		switch {
		case n == 0:
			continue
		case n > bestN:
			best, second, bestN = id, bestN, n
		case n > second:
			second = n
		}
	}
	if best == "" || second > 0 && bestN < 2*second {
		return ""
	}
	return best
}

// holdsOtherOffice reports whether the article has named person id in
// an office of country other than office.
func (a *article) holdsOtherOffice(id, office, country string) bool {
	for _, o := range offices {
		name := strings.Join(o, " ")
		if !sameOffice(name, office) && a.roles[roleKey(name, country)] == id {
			return true
		}
	}
	return false
}

// sameOffice: "premier" is another word for "prime minister".
func sameOffice(a, b string) bool {
	if a == "premier" {
		a = "prime minister"
	}
	if b == "premier" {
		b = "prime minister"
	}
	return a == b
}

// resolveDescriptions replaces "the <state> <office>" with the person who
// holds that office, and states the role it implies.
func (a *article) resolveDescriptions(s *sentence, ms []mention, published string) ([]mention, []Relation) {
	var rels []Relation
	out := make([]mention, 0, len(ms))
	for i, m := range ms {
		if m.typ != Country {
			out = append(out, m)
			continue
		}
		// "the US president", or the possessive "India's leader".
		at, start := m.end, m.start-1
		possessive := at < len(s.tokens) && (s.tokens[at].text == "'s" || s.tokens[at].text == "’s")
		// A headline drops "the": "Xi holds talks with Brazilian president".
		bare := s.title && m.demonym && (m.start == 0 || s.tokens[m.start-1].lower != "the")
		if possessive {
			at, start = at+1, m.start
		} else if bare {
			start = m.start
		} else if m.start == 0 || s.tokens[m.start-1].lower != "the" {
			out = append(out, m)
			continue
		}
		office, n := officeAfter(s.tokens, at)
		if office == "" && !bare {
			// "the Iranian minister", "the Iranian foreign minister": the
			// one minister of that state the article has named.
			if p, n := a.ministerAfter(s.tokens, at, m.id); p != "" && (i+1 >= len(ms) || ms[i+1].start >= at+n+2 || ms[i+1].typ != Person) {
				out = append(out, mention{start: start, end: at + n, id: p, typ: Person, surface: m.surface, described: true})
				continue
			}
		}
		if office == "" || (i+1 < len(ms) && ms[i+1].start < at+n+2 && ms[i+1].typ == Person) {
			// "President Donald Trump": the name follows, no description.
			out = append(out, m)
			continue
		}
		if comma := start - 1; i > 0 && ms[i-1].typ == Person && comma >= 0 && ms[i-1].end == comma && s.tokens[comma].text == "," {
			// "Mohammad Hassan Akhund, the Afghan prime minister", "Lee
			// Jae-myung, South Korea's president": apposition; the
			// description is the person again, not the state.
			out = append(out, mention{start: start, end: at + n, id: ms[i-1].id, typ: Person, surface: m.surface})
			rels = append(rels, Relation{Type: "HOLDS_ROLE", Subject: ms[i-1].id, Object: m.id, Modality: Asserted,
				Date: eventDate(s.text, published), Confidence: 0.85, Evidence: s.text,
				Title: s.text[s.tokens[at].start:s.tokens[at+n-1].end], Rule: "apposition-title",
				Trigger: s.text[s.tokens[ms[i-1].start].start:s.tokens[at+n-1].end]})
			continue
		}
		end := at + n
		if p := relativeHolder(s.tokens, ms[:i], start); p >= 0 {
			// "Bola Tinubu, who is also Nigeria's president": the person
			// the clause is about holds the office.
			out = append(out, m)
			rels = append(rels, Relation{Type: "HOLDS_ROLE", Subject: ms[p].id, Object: m.id, Modality: Asserted,
				Date: eventDate(s.text, published), Confidence: 0.7, Evidence: s.text,
				Title: titleCase(office), Rule: "relative-title",
				Trigger: s.text[s.tokens[ms[p].start].start:s.tokens[end-1].end]})
			continue
		}
		p := a.holderOf(office, m.id)
		if p == "" {
			if bare {
				// a person not known yet, not the state: no participant
				continue
			}
			out = append(out, m)
			continue
		}
		out = append(out, mention{start: start, end: end, id: p, typ: Person, surface: m.surface, described: true})
		rels = append(rels, Relation{Type: "HOLDS_ROLE", Subject: p, Object: m.id, Modality: Asserted,
			Date: eventDate(s.text, published), Confidence: 0.7, Evidence: s.text,
			Title: titleCase(office), Rule: "definite-title",
			Trigger: s.text[s.tokens[start].start:s.tokens[end-1].end]})
	}
	return out, rels
}

// ministerAfter reads "minister", or one word and "minister", at token
// k and returns the one person the article has named as a minister of
// country whose title holds that word ("foreign"), and how many tokens the
// words take; "" when there is none or more than one. A prime minister is
// not "the minister".
func (a *article) ministerAfter(toks []token, k int, country string) (string, int) {
	n := 1
	if k+1 < len(toks) && toks[k+1].lower == "minister" {
		n = 2
	}
	if k+n > len(toks) || toks[k+n-1].lower != "minister" || n == 2 && (!toks[k].isWord() || toks[k].lower == "prime") {
		return "", 0
	}
	found := a.onlyEntity(func(id string, _ *Entity) bool {
		title := strings.ToLower(a.titleOf[id])
		return a.hasRole[id] == country && strings.HasSuffix(title, "minister") && !strings.Contains(title, "prime") &&
			(n == 1 || slices.Contains(strings.Fields(title), toks[k].lower))
	})
	if found == "" {
		return "", 0
	}
	return found, n
}

// titleCase capitalises the first letter of each word.
func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(f, " ")
}

// relativeHolder finds the person of "Bola Tinubu, who is also ..." when
// the clause ends at token start: the index in ms of that person, or -1.
func relativeHolder(toks []token, ms []mention, start int) int {
	k := start - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	for k >= 0 && isOneOf(toks[k].text, "also", "now", "currently", "still", "himself", "herself") {
		k--
	}
	if k < 2 || !isOneOf(toks[k].text, "is", "was", "became", "remains") || !strings.EqualFold(toks[k-1].text, "who") || toks[k-2].text != "," {
		return -1
	}
	for p := len(ms) - 1; p >= 0; p-- {
		if ms[p].typ == Person && ms[p].end == k-2 {
			return p
		}
	}
	return -1
}

func isOneOf(w string, words ...string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}
