package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is an entity named by tokens [start, end) of a sentence.
type mention struct {
	start, end int
	id         string
	typ        string
	surface    string
	demonym    bool   // named by its demonym, used as an adjective
	suffix     string // "-based" of "Islamabad-based", kept in the tagged text
	// part is the byte range inside its one token of a mention that is
	// part of a hyphenated word ("Japan" of "US-Japan"); zero otherwise.
	part [2]int
	// described: a person named by a description ("Peru's president"),
	// whose office is already stated; no title around it is also its.
	described bool
	// pair: this mention and the next stand together for "the two
	// countries" (and, where the next is a pair too, the one after it,
	// for "the three countries"); they share its tokens.
	pair bool
}

// byStart orders mentions by their first token.
func byStart(a, b mention) int { return a.start - b.start }

// calendarWords end a name even after a connector.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// connectors may stand inside a multiword name.
var connectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "de": true, "da": true, "du": true,
	"del": true, "der": true, "von": true, "van": true, "la": true, "al": true, "bin": true,
	"e": true, "y": true, "on": true, "&": true, "di": true, "dos": true, "das": true, "los": true, "las": true, "des": true, "es": true,
}

// nameParticles stand inside personal names.
var nameParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "du": true,
	"del": true, "der": true, "di": true, "von": true, "van": true, "la": true, "le": true, "al": true, "bin": true, "y": true}

// particles counts the name particles among tokens [i, j).
func particles(toks []token, i, j int) int {
	n := 0
	for _, t := range toks[i:j] {
		if nameParticles[t.lower] {
			n++
		}
	}
	return n
}

// functionWords opening a sentence are capitalised for grammar only.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "by": true, "as": true, "but": true, "and": true, "or": true, "if": true, "when": true,
	"while": true, "after": true, "before": true, "since": true, "during": true, "this": true,
	"that": true, "these": true, "those": true, "it": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "we": true, "they": true, "he": true, "she": true, "i": true, "you": true,
	"there": true, "here": true, "what": true, "why": true, "how": true, "who": true, "where": true,
	"according": true, "last": true, "next": true, "some": true, "many": true, "most": true,
	"all": true, "both": true, "each": true, "such": true, "other": true, "however": true,
	"meanwhile": true, "although": true, "though": true, "despite": true, "new": true, "former": true,
	"under": true, "over": true, "about": true, "earlier": true, "later": true, "speaking": true,
	"responding": true, "asked": true, "so": true, "yet": true, "also": true, "then": true,
}

// locatives before a name mark it as a place.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "into": true, "across": true,
	"throughout": true, "outside": true, "inside": true, "like": true, "around": true, "towards": true}

// placeBeforeOf are the words that make the name after "of" a place:
// "south of San Francisco", "the outskirts of Port Sudan".
var placeBeforeOf = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "outskirts": true,
	"suburbs": true, "suburb": true, "city": true, "town": true, "village": true, "district": true,
	"province": true, "region": true}

// placeBefore reports a name that a locative places: "in Geneva", or the
// last of a list after one, "in Brussels and Geneva".
func placeBefore(toks []token, i int) bool {
	return i > 0 && locatives[toks[i-1].lower] || placeListBefore(toks, i)
}

// placeListBefore reports a name that closes a list after a locative:
// "in Brussels and Geneva".
func placeListBefore(toks []token, i int) bool {
	k := i - 1
	if k < 1 || !isOneOf(toks[k].text, "and", "or") {
		return false
	}
	k--
	n := k
	for k >= 0 && toks[k].isWord() && toks[k].capitalised() {
		k--
	}
	return k < n && k >= 0 && locatives[toks[k].lower]
}

// speechVerbs next to a name mark it as a person.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "noted": true,
	"stressed": true, "wrote": true, "explained": true, "asserted": true, "argued": true, "warned": true,
	"stated": true, "insisted": true, "agreed": true, "met": true, "spoke": true, "signed": true,
	"visited": true, "announced": true, "urged": true, "claimed": true, "tweeted": true,
	"accused": true, "praised": true, "welcomed": true, "condemned": true, "criticised": true,
	"criticized": true, "vowed": true, "pledged": true, "thanked": true, "hailed": true,
	// the present tense ("Peru's Boluarte meets Xi")
	"meets": true, "visits": true, "warns": true, "urges": true, "slams": true, "hails": true,
	"praises": true, "welcomes": true, "accuses": true, "condemns": true, "criticises": true,
	"criticizes": true, "vows": true, "pledges": true, "thanks": true, "tells": true, "signs": true,
	"announces": true, "insists": true, "rejects": true, "denies": true}

// adjectiveSuffixes turn a place into a modifier: "Islamabad-based".
var adjectiveSuffixes = map[string]bool{"based": true, "led": true, "backed": true, "administered": true,
	"controlled": true, "owned": true, "born": true, "funded": true, "run": true, "allied": true,
	"linked": true, "affiliated": true, "sponsored": true, "brokered": true, "mediated": true, "made": true,
	"flagged": true, "registered": true}

// sentenceMentions finds the entities of one sentence. The article context
// resolves short forms (surnames, acronyms) and records new entities.
func (a *article) sentenceMentions(s *sentence) []mention {
	if s.title {
		if tt := a.titleCaseTokens(s); tt != nil {
			// Read a Title Case headline with its ordinary words in lower
			// case, so that they do not join the names around them.
			orig := s.tokens
			s.tokens = tt
			defer func() { s.tokens = orig }()
		}
	}
	toks := s.tokens
	out := make([]mention, 0, 8) // enough for most sentences: one allocation
	for i := 0; i < len(toks); {
		t := toks[i]
		if i > 0 && !t.capitalised() && theBefore(toks, i) {
			if m, ok := a.describedOrg(toks, i); ok {
				out = append(out, m)
				i++
				continue
			}
		}
		if !t.isWord() || !t.capitalised() {
			// "al-Shabab", "al-Sharaa": a listed body or person whose name
			// opens in lower case: a particle of two or three letters, a hyphen.
			if w := t.text; len(w) > 4 && (w[2] == '-' && 'A' <= w[3] && w[3] <= 'Z' || w[3] == '-' && 'A' <= w[4] && w[4] <= 'Z') && a.x.lx.forms[w]&(formOrg|formPerson) != 0 {
				if m, ok := a.known(t.text, i, i+1); ok {
					out = append(out, m)
				}
			}
			// "the EU's von der Leyen": a listed name that opens with its
			// particles.
			if m, ok := a.particleName(s, i); ok {
				out = append(out, m)
				i = m.end
				continue
			}
			i++
			continue
		}
		if m, ok, adjective := a.adjectiveMention(toks, i); adjective {
			if ok {
				out = append(out, m)
			}
			i++
			continue
		}
		j := a.chunkEnd(s, i)
		start := i
		// A function word opening the sentence is not part of the name,
		// unless it opens a known one: "New Zealand signed".
		if a.sentenceInitial(toks, i) && functionWords[t.lower] && j-i > 1 && a.knownNameAt(s, i, j) < 2 && !a.knownAcronym(s, i) {
			start++
		}
		if k := a.pluralOf(s, start, j); k > start {
			start = k
		}
		out = a.classifyChunk(out, s, start, j)
		i = j
		if i == start {
			i++
		}
	}
	return out
}

// listedUpTo reports a listed organisation that starts in [i, j) and ends
// at end.
func (a *article) listedUpTo(s *sentence, i, j, end int) bool {
	for k := i; k < j; k++ {
		if _, ok := a.x.lx.orgForm[joinTokens(s, k, end)]; ok {
			return true
		}
	}
	return false
}

// pluralOf returns where the name starts in a chunk [i, j) that opens a
// sentence with a plural noun and "of": "Leaders of the Group of 20", not
// "Bank of England" (a head) or a known name; i otherwise.
func (a *article) pluralOf(s *sentence, i, j int) int {
	toks, lx := s.tokens, a.x.lx
	w := toks[i].lower
	if j-i < 3 || !a.sentenceInitial(toks, i) || !strings.HasSuffix(w, "s") || !lx.common[w] ||
		lx.heads[toks[i].text] || lx.titleWord(w) || toks[i+1].lower != "of" || a.knownNameAt(s, i, j) > 0 {
		return i
	}
	k := i + 2
	if toks[k].lower == "the" {
		k++
	}
	return k
}

// knownAcronym reports a known name in capitals at token i, in a line not
// written in capitals: "WHO Director-General Tedros" is the body, not "who".
func (a *article) knownAcronym(s *sentence, i int) bool {
	toks := s.tokens
	if len(toks[i].text) < 2 || !toks[i].allCaps() || i+1 < len(toks) && toks[i+1].allCaps() {
		return false
	}
	return a.knownNameAt(s, i, i+1) == 1
}

// theBefore reports "the" before token i, with up to three words between
// that say what kind or where: "the South American bloc", "the 27-nation
// bloc", "the Western military alliance".
func theBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].lower
		switch {
		case w == "the":
			return true
		case orgQualifiers[w] || strings.HasSuffix(w, "-nation") || strings.HasSuffix(w, "-member"):
		default:
			return false
		}
	}
	return false
}

// orgQualifiers may stand between "the" and a word that stands for a body.
var orgQualifiers = map[string]bool{"regional": true, "trade": true, "economic": true, "military": true,
	"political": true, "security": true, "defence": true, "defense": true, "western": true, "eastern": true,
	"south": true, "north": true, "east": true, "west": true, "southeast": true, "central": true,
	"latin": true, "american": true, "african": true, "asian": true, "european": true, "arab": true,
	"gulf": true, "pacific": true, "atlantic": true, "nordic": true, "baltic": true, "caribbean": true,
	"eurasian": true, "transatlantic": true, "intergovernmental": true}

// describedOrg reads "the bloc" or "the alliance" as the one organisation
// of the article so far that the word stands for (data/organizations.tsv);
// token i is a lower-case word after "the".
func (a *article) describedOrg(toks []token, i int) (mention, bool) {
	t := toks[i]
	names := a.x.lx.orgDescribed[t.text]
	if len(names) == 0 {
		return mention{}, false
	}
	// two blocs: which is meant is unclear
	found := a.onlyEntity(func(_ string, e *Entity) bool { return e.Type == Organization && slices.Contains(names, e.Name) })
	if found == "" {
		return mention{}, false
	}
	return mention{start: i, end: i + 1, id: found, typ: Organization, surface: t.text}, true
}

// adjectiveMention reads "Islamabad-based", "US-led", "Indian-administered".
func (a *article) adjectiveMention(toks []token, i int) (m mention, ok, adjective bool) {
	t := toks[i]
	k := strings.LastIndex(t.text, "-")
	if k <= 0 || !adjectiveSuffixes[strings.ToLower(t.text[k+1:])] {
		return mention{}, false, false
	}
	head := t.text[:k]
	if iso := a.countryFor(head); iso != "" {
		return mention{start: i, end: i + 1, id: a.addCountry(iso, head), typ: Country, surface: head,
			demonym: a.x.lx.demonyms[head], suffix: t.text[k:]}, true, true
	}
	if m, ok := a.known(head, i, i+1); ok && m.typ == Organization {
		// "EU-brokered talks", "Hamas-run ministry": a listed body acts.
		m.suffix = t.text[k:]
		return m, true, true
	}
	if i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].capitalised() {
		// "Houston-based Citgo": the place is no part of the name after
		// it; a listed body before the hyphen still counts ("Hamas-run").
		m, ok = a.known(head, i, i+1)
		m.suffix = t.text[k:]
		return m, ok, true
	}
	return mention{}, false, false
}

// chunkEnd returns the end of the run of capitalised words starting at i,
// with connectors allowed inside it.
func (a *article) chunkEnd(s *sentence, i int) int {
	toks := s.tokens
	j := i
	for j < len(toks) {
		t := toks[j]
		if t.isWord() && t.capitalised() && j > i {
			if k := strings.LastIndex(t.text, "-"); k > 0 && adjectiveSuffixes[strings.ToLower(t.text[k+1:])] {
				break
			}
		}
		if t.isWord() && t.capitalised() {
			j++
			continue
		}
		if j > i && len(t.text) > 3 && (t.text[2] == '-' || t.text[3] == '-') && arabicArticle.MatchString(t.text) {
			j++ // "Abdel Fattah al-Burhan"
			continue
		}
		if j > i && digits(t.text) && a.x.lx.orgForm[joinTokens(s, i, j+1)] != "" {
			j++ // "France 24": a listed name that ends in a number
			continue
		}
		if j > i && t.text == "/" && j+1 < len(toks) && toks[j-1].end == t.start && toks[j+1].start == t.end &&
			a.x.lx.orgForm[joinTokens(s, i, j+2)] != "" {
			j += 2 // "RFE/RL": a listed name written with a slash
			continue
		}
		if j == i+1 && (t.text == "'s" || t.text == "’s") && a.x.lx.orgForm[toks[i].text+"'s"] != "" {
			j++ // "Moody's": a listed name that ends in a possessive
			continue
		}
		if j > i && elided(t.text) {
			j++ // "Côte d'Ivoire", "Valéry Giscard d'Estaing"
			continue
		}
		if j > i && (t.text == "'" || t.text == "’") && toks[j-1].end == t.start && strings.HasSuffix(toks[j-1].lower, "s") &&
			j+1 < len(toks) && toks[j+1].isWord() && a.x.lx.heads[toks[j+1].text] {
			j++ // "Kurdistan Workers' Party": a plural possessive before the head
			continue
		}
		if j > i && t.text == "." && j+1 < len(toks) && toks[j+1].isWord() && toks[j+1].capitalised() && toks[j-1].end == t.start &&
			(len(toks[j-1].text) == 1 && toks[j-1].capitalised() || placeAbbreviations[toks[j-1].text]) {
			// "S. Jaishankar", "John F. Kennedy": an initial inside a name;
			// "St. Lucia", "Mt. Kenya": an abbreviated place word.
			j++
			continue
		}
		if j >= i+2 && toks[j-1].lower == "people" && (t.text == "'s" || t.text == "’s") && j+1 < len(toks) && toks[j+1].capitalised() &&
			a.countryFor(toks[j-2].text) != "" {
			return j - 1 // "the Chinese People's Liberation Army": the state, then the body
		}
		if (j == i+1 || j >= i+2 && toks[j-1].lower == "people") && (t.text == "'s" || t.text == "’s") && j+1 < len(toks) && !a.x.lx.heads[toks[i].text] && toks[j+1].isWord() && toks[j+1].capitalised() &&
			a.x.lx.common[toks[j-1].lower] && a.countryFor(toks[i].text) == "" {
			// "People's Bank of China", "Children's Fund": a possessive of a
			// plain word opening a name ("European Commission's Trade
			// Spokesperson" is not one, nor is "Turkey's Erdogan"); after
			// a later word only "People's" ("Tigray People's Liberation
			// Front", "Ministry of Foreign Affairs of the People's Republic
			// of China").
			j++
			continue
		}
		if j > i && t.lower == "in" {
			// "UN Mission in South Sudan (UNMISS)": the acronym spells the
			// "in" and the place after it into the name.
			e := capitalisedRun(toks, j+1, 3)
			if e > j+1 && acronymAt(toks, e) && spelledBy(toks[e+1].text, toks[i:e]) {
				j = e
				continue
			}
		}
		if j > i && connectors[t.lower] && !t.capitalised() {
			// "Republic of the Congo": connectors lead to a capitalised word,
			// but "for" not from a place ("in New York for the UN General
			// Assembly").
			if t.lower == "for" && a.x.lx.places[joinTokens(s, i, j)] {
				break
			}
			k := j
			for k < len(toks) && k < j+2 && connectors[toks[k].lower] && !toks[k].capitalised() {
				if k > j && toks[j].text == "and" {
					break // "White House and the Group of Seven": two names
				}
				k++
			}
			// ... but not to a date: "the European Commission on Tuesday".
			if k < len(toks) && toks[k].isWord() && toks[k].capitalised() && !calendarWords[toks[k].lower] {
				j = k
				continue
			}
			if k < len(toks) && digits(toks[k].text) && a.listedUpTo(s, i, j, k+1) {
				// "Group of 20": a listed name that ends in a number.
				j = k + 1
				continue
			}
		}
		if j > i && t.isWord() && j+1 < len(toks) && toks[j+1].capitalised() {
			// "Committee to Protect Journalists": a listed name with a
			// small word that is no connector
			if k := a.listedWithin(s, i, j+2, j+4); k > 0 {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// listedWithin returns the end, from lo to hi tokens, of a listed
// organisation's name that starts at token i, or 0.
func (a *article) listedWithin(s *sentence, i, lo, hi int) int {
	for k := lo; k <= hi && k <= len(s.tokens); k++ {
		if a.x.lx.orgForm[joinTokens(s, i, k)] != "" {
			return k
		}
	}
	return 0
}

// capitalisedRun returns the end of the run of at most n capitalised
// words that starts at token from.
func capitalisedRun(toks []token, from, n int) int {
	e := from
	for e < len(toks) && e < from+n && toks[e].isWord() && toks[e].capitalised() {
		e++
	}
	return e
}

// spelledBy reports an acronym made of the words' initials, or of a word
// in capitals as a whole: "UNSMIL" of "UN Support Mission in Libya".
func spelledBy(acr string, words []token) bool {
	if len(words) > 1 && words[0].lower == "the" {
		words = words[1:]
	}
	var b strings.Builder
	for _, w := range words {
		if w.allCaps() {
			b.WriteString(w.text)
		} else if w.isWord() {
			r, _ := utf8.DecodeRuneInString(w.text)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return strings.EqualFold(b.String(), acr)
}

func (a *article) sentenceInitial(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].isWord() {
			return false
		}
	}
	return true
}

// bodyQualifier words describe a body or group before its name ("the
// ruling Labour Party", "opposition Congress").
var bodyQualifier = map[string]bool{"opposition": true, "ruling": true, "rival": true, "banned": true, "outlawed": true}

// afterBreak reports a token that opens a clause after a dash or colon:
// "(Reuters) - The United States and Japan agreed".
func afterBreak(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].text {
	case "-", "--", "–", "—", ":":
		return true
	}
	return false
}

func joinTokens(s *sentence, i, j int) string {
	if i >= j {
		return ""
	}
	return s.text[s.tokens[i].start:s.tokens[j-1].end]
}

// classifyChunk turns a capitalised run into mentions.
func (a *article) classifyChunk(dst []mention, s *sentence, i, j int) []mention {
	lx := a.x.lx
	toks := s.tokens
	text := joinTokens(s, i, j)
	if lx.notEntity[text] {
		return dst // "the Oval Office"
	}
	if (namesDocument(lx, toks, i, j) || lx.capitalCity[text] && cityAgreement(toks, j)) && a.countryFor(text) != "" {
		// "the Minsk agreements", "the Cairo agreement": no state takes part.
		return dst
	}
	// A known name as a whole.
	if m, ok := a.cityBody(toks, text, i, j); ok {
		return append(dst, m)
	}
	if m, ok := a.known(text, i, j); ok {
		return append(dst, m)
	}
	if m, ok := a.particleName(s, i); ok && m.end == j {
		return append(dst, m) // "Von der Leyen said", opening a sentence
	}
	if j-i == 2 && toks[i].text == "Port" && a.countryFor(toks[i+1].text) != "" {
		return dst // "Port Sudan": a city named after its state
	}
	if i > 0 && toks[i-1].lower == "the" {
		// "the Commonwealth": a body listed with its article only.
		if org := lx.orgForm["the "+text]; org != "" {
			return append(dst, mention{start: i, end: j, id: a.addOrg(org, text), typ: Organization, surface: text})
		}
	}
	if j-i >= 2 && bodyQualifier[toks[i].lower] && (a.sentenceInitial(toks, i) || afterBreak(toks, i)) {
		// "Opposition Congress leader Jairam Ramesh": capitalised only
		// because it opens the sentence.
		return a.classifyChunk(dst, s, i+1, j)
	}
	// "The Khorasan Diary": a capitalised article inside a sentence opens
	// the name of a publication or body.
	if toks[i].text == "The" && j-i >= 2 {
		if m, ok := a.known(joinTokens(s, i+1, j), i+1, j); ok {
			return append(dst, m)
		}
		if !s.title && !a.sentenceInitial(toks, i) && !afterBreak(toks, i) && !lx.titleWord(toks[i+1].lower) {
			return append(dst, mention{start: i, end: j, id: a.addOrg(text, text), typ: Organization, surface: text})
		}
		i++
	}
	// "the Commission": the one organisation of the article named with
	// that head word ("the European Commission").
	if j-i == 1 && i > 0 && toks[i-1].lower == "the" && lx.heads[toks[i].text] {
		if id := a.endingWith(Organization, toks[i].text); id != "" {
			return append(dst, mention{start: i, end: j, id: id, typ: Organization, surface: toks[i].text})
		}
	}
	// "Chancellor Friedrich Merz of the Christian Democratic Union": a
	// titled person of a body is not part of its name.
	if k, body := titledOf(lx, s, i, j); k > 0 {
		return a.classifyChunk(a.segment(dst, s, i, k), s, body, j)
	}
	// "spoke with Ana Soto and European Council President Costa": a full
	// name, titled or not, before "and" is no part of the body's name
	// after it ("Bill and Melinda Gates Foundation" is).
	if k := slices.IndexFunc(toks[i:j], func(t token) bool { return t.lower == "and" }); k > 0 && !s.title {
		k += i
		name := i
		for name < k && lx.titleWord(toks[name].lower) {
			name++
		}
		if a.fullNameRun(toks, name, k) {
			if _, ok := a.orgSpan(s, k+1, j); ok {
				return a.classifyChunk(a.segment(dst, s, i, k), s, k+1, j)
			}
		}
	}
	// An organisation by its head word, or defined with an acronym; not in
	// a headline, where every word is capitalised.
	if end, ok := a.orgSpan(s, i, j); ok && !s.title {
		if k := acronymStart(toks, i, end); k > i {
			// "in Gyeongju for the Asia-Pacific Economic Cooperation
			// (APEC)": the name is the words the acronym spells.
			from := k
			for from > i && connectors[toks[from-1].lower] {
				from--
			}
			return a.classifyChunk(a.segment(dst, s, i, from), s, k, j)
		}
		name := joinTokens(s, i, end)
		surface := name
		generic := a.genericName(toks, i, end) && !properBody(lx, toks, end)
		var id string
		if owner := a.possessingState(toks, i); owner != "" && generic {
			// "Japan's Defence Ministry": one body among many of that name.
			name = owner + " " + name
		} else if generic {
			// "Foreign Ministry spokesman Aibek Smadiyarov" after
			// "Kazakhstan's Foreign Ministry": that state's.
			id = a.stateBody(name)
		}
		if id == "" {
			id = a.addOrg(name, surface)
		} else {
			a.alias(id, surface)
		}
		dst = append(dst, mention{start: i, end: end, id: id, typ: Organization, surface: surface})
		a.defineAcronym(s, end, id)
		// "A Corporation and B Corporation": the second name starts
		// after the "and".
		for end < j && (toks[end].lower == "and" || toks[end].lower == "or") {
			end++
		}
		if end < j {
			return a.classifyChunk(dst, s, end, j)
		}
		return dst
	}
	return a.segment(dst, s, i, j)
}

// titledOf returns the positions of "of" and of the body's name after it
// ("of" or "of the") in a chunk [i, j) that opens with a title (or names a
// listed body after "of the"), holds no organisation head before the "of"
// and names one after it; zeros otherwise.
func titledOf(lx *lexicon, s *sentence, i, j int) (of, body int) {
	toks := s.tokens
	if k := lx.titleKind[toks[i].lower]; k != "head" && k != "desc" && !namedBodyAfterOf(lx, s, i, j) {
		return 0, 0
	}
	for k := i + 1; k < j-1; k++ {
		if lx.heads[toks[k].text] {
			return 0, 0
		}
		if toks[k].lower != "of" {
			continue
		}
		body := k + 1
		if toks[body].lower == "the" {
			body++
		}
		for h := body; h < j; h++ {
			if lx.heads[toks[h].text] {
				return k, body
			}
		}
		return 0, 0
	}
	return 0, 0
}

// namedBodyAfterOf reports a chunk "Ali Vaez of the International Crisis
// Group": two or more words, then "of the" and a listed organisation that
// ends the chunk.
func namedBodyAfterOf(lx *lexicon, s *sentence, i, j int) bool {
	toks := s.tokens
	for k := i + 2; k+2 < j; k++ {
		if toks[k].lower == "of" && toks[k+1].lower == "the" {
			return lx.forms[joinTokens(s, k+2, j)]&formOrg != 0 || personThenBody(lx, toks, i, k, j)
		}
	}
	return false
}

// personThenBody reports "Asfandyar Mir of the United States Institute of
// Peace": two or three words that are no ordinary English, no title and
// no known name before "of the", and a body's head word after it.
func personThenBody(lx *lexicon, toks []token, i, of, j int) bool {
	if of-i < 2 || of-i > 3 {
		return false
	}
	for k := i; k < of; k++ {
		t := toks[k]
		if !t.isWord() || !t.capitalised() || lx.common[t.lower] || lx.heads[t.text] || lx.titleKind[t.lower] != "" || lx.forms[t.text] != 0 {
			return false
		}
	}
	for h := of + 2; h < j; h++ {
		if lx.heads[toks[h].text] {
			return true
		}
	}
	return false
}

// possessingState returns the state named just before "'s" at i
// ("Japan's Defence Ministry"), or "".
func (a *article) possessingState(toks []token, i int) string {
	if i < 2 || (toks[i-1].text != "'s" && toks[i-1].text != "’s") {
		return ""
	}
	if iso := a.countryFor(toks[i-2].text); iso != "" {
		return a.x.lx.countries[iso].name
	}
	return ""
}

// stateBody returns the one body of the article, read so far or in the
// first reading, whose name is a state's (or its people's) before name:
// "Kazakhstan Foreign Ministry" or "Chinese Foreign Ministry" for "Foreign
// Ministry"; "" if none or several.
func (a *article) stateBody(name string) string {
	found := ""
	for _, r := range []*article{a, a.earlier} {
		if r == nil {
			continue
		}
		for _, id := range r.order {
			e := r.ents[id]
			if e.Type != Organization || !hasSuffixFold(e.Name, " "+name) || a.countryFor(e.Name[:len(e.Name)-len(name)-1]) == "" {
				continue
			}
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	a.fromFirstReading(found)
	return found
}

// fromFirstReading records an entity the first reading knows and this one
// has not met yet.
func (a *article) fromFirstReading(id string) {
	if a.ents[id] == nil && a.earlier != nil && a.earlier.ents[id] != nil {
		e := a.earlier.ents[id]
		a.entity(id, e.Type, e.Name, "")
	}
}

// properBody reports a body whose name ends at end that is its own, not
// one every state has: a party or movement ("Germany's Social Democratic
// Party"), or one defined with an acronym.
func properBody(lx *lexicon, toks []token, end int) bool {
	if acronymAt(toks, end) {
		return true
	}
	switch toks[end-1].text {
	case "Party", "Movement", "Front", "Alliance", "Coalition", "League", "Congress":
		return true
	}
	return false
}

// genericName reports whether tokens [i, end) are all ordinary words,
// organisation heads or titles: a name every state's body could bear.
func (a *article) genericName(toks []token, i, end int) bool {
	lx := a.x.lx
	for k := i; k < end; k++ {
		w, lw := toks[k].text, toks[k].lower
		if !lx.common[lw] && !lx.heads[w] && lx.titleKind[lw] == "" && !connectors[lw] {
			return false
		}
	}
	return true
}

// known looks a surface form up in the dictionaries and the article's own
// definitions.
func (a *article) known(text string, i, j int) (mention, bool) {
	return a.knownAs(text, a.x.lx.forms[text], i, j)
}

// knownAs is known with the tables that hold text already looked up.
func (a *article) knownAs(text string, forms uint8, i, j int) (mention, bool) {
	lx := a.x.lx
	if forms&formNotEntity != 0 {
		return mention{start: i, end: j}, false
	}
	if forms&formPlace != 0 {
		// A listed organisation outranks a province of the same name:
		// "Meta" the company, not the Colombian department.
		if org, ok := lx.orgForm[text]; ok {
			return mention{start: i, end: j, id: a.addOrg(org, text), typ: Organization, surface: text}, true
		}
		if lx.capitalCity[text] {
			if iso := a.countryFor(text); iso != "" && a.namesState(iso) {
				// "Santiago", a Dominican province and Chile's capital: the
				// capital, where the article names its state.
				return mention{start: i, end: j, id: a.addCountry(iso, text), typ: Country, surface: text}, true
			}
		}
		return mention{start: i, end: j}, false
	}
	// A name with accents may be a state's spelt without them.
	if forms&formCountry != 0 || !isASCII(text) {
		if iso := a.countryFor(text); iso != "" {
			return mention{start: i, end: j, id: a.addCountry(iso, text), typ: Country, surface: text, demonym: lx.demonyms[text]}, true
		}
	}
	if id, ok := a.acronyms[text]; ok {
		// the article's own "(AP)" outranks a listed body of those letters
		// learnt in the first reading, before its definition in this one
		a.fromFirstReading(id)
		a.alias(id, text)
		return mention{start: i, end: j, id: id, typ: Organization, surface: text}, true
	}
	if forms&formOrg != 0 {
		return mention{start: i, end: j, id: a.addOrg(lx.orgForm[text], text), typ: Organization, surface: text}, true
	}
	if forms&formPerson != 0 {
		name := lx.personForm[text]
		if !strings.Contains(text, " ") {
			// "Trump" after "Eric Trump": the article's own full name first.
			if id := a.shortPerson(text); id != "" {
				a.alias(id, text)
				return mention{start: i, end: j, id: id, typ: Person, surface: text}, true
			}
		}
		return mention{start: i, end: j, id: a.addPerson(name, text), typ: Person, surface: text}, true
	}
	return mention{}, false
}

// generational words end the name of a son or successor named like
// another person.
var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// secondSurname reports a capitalised word that no list knows: neither an
// ordinary word, a title, an organisation's head nor a name of its own.
func (a *article) secondSurname(t token) bool {
	lx := a.x.lx
	return t.isWord() && t.capitalised() && !t.allCaps() && !lx.common[t.lower] && lx.titleKind[t.lower] == "" &&
		!lx.heads[t.text] && lx.forms[t.text] == 0 && !strings.ContainsAny(t.text, ".-'’")
}

// cityBody reads a city that stands for a body ("Brussels" for the EU) as
// the body, where the article names the body and names the city's state
// in no other way, and no locative makes the city a place ("talks in
// Brussels").
func (a *article) cityBody(toks []token, text string, i, j int) (mention, bool) {
	bodies := a.x.lx.cityBodies[text]
	if len(bodies) == 0 || placeBefore(toks, i) {
		return mention{}, false
	}
	if iso := a.countryFor(text); iso != "" && (a.namesStateOtherwise(iso, text) || a.earlier != nil && a.earlier.namesStateOtherwise(iso, text)) {
		return mention{}, false
	}
	for _, name := range bodies {
		id := a.x.id(Organization, name)
		if a.namesAnywhere(id) {
			return mention{start: i, end: j, id: a.addOrg(name, text), typ: Organization, surface: text}, true
		}
	}
	return mention{}, false
}

// namesStateOtherwise reports whether the reading names the state iso by
// a form other than surface.
func (a *article) namesStateOtherwise(iso, surface string) bool {
	e := a.ents[a.x.lx.countries[iso].id]
	return e != nil && slices.ContainsFunc(e.Aliases, func(s string) bool { return s != surface })
}

// cityAgreement reports an agreement named after the city where it was
// made, after a name that ends at j: "the Cairo agreement", "the Algiers
// peace agreement".
func cityAgreement(toks []token, j int) bool {
	if j < len(toks) && isOneOf(toks[j].lower, "peace", "ceasefire", "trade", "nuclear") {
		j++
	}
	return j < len(toks) && isOneOf(toks[j].lower, "agreement", "deal", "accord", "agreements")
}

// namesDocument reports a place name [i,j) that is part of the name of an
// agreement or document: a document word right after it ("Paris
// Agreement") or before it with "of" ("Treaty of Rome").
func namesDocument(lx *lexicon, toks []token, i, j int) bool {
	if j < len(toks) && lx.documents[toks[j].text] {
		return true
	}
	return i >= 2 && toks[i-1].lower == "of" && lx.documents[toks[i-2].text]
}

// stateGovernment reports a "Government" at k that is a state's ("the
// Indian Government", "the Government of Peru") rather than a body named
// so ("the Government of National Unity").
func stateGovernment(a *article, s *sentence, k, j int) bool {
	toks := s.tokens
	if toks[k].text != "Government" {
		return false
	}
	if k+2 < j && toks[k+1].lower == "of" {
		return a.countryFor(joinTokens(s, k+2, j)) != ""
	}
	return true
}

// knownPersonRun reports whether tokens [i,j) name a person the article
// or the lexicon knows.
func (a *article) knownPersonRun(s *sentence, i, j int) bool {
	text := joinTokens(s, i, j)
	if j-i == 1 && a.shortPerson(text) != "" {
		return true
	}
	return a.x.lx.personForm[text] != "" || a.earlierPerson(text, j-i) != ""
}

// fullNameRun reports whether [i,j) reads as a person's full name: two
// or more capitalised words that are not ordinary English ones, with name
// particles between them ("Ursula von der Leyen"), none a body's head word
// or a state's name.
func (a *article) fullNameRun(toks []token, i, j int) bool {
	if j-i < 2 {
		return false
	}
	for k := i; k < j; k++ {
		t := toks[k]
		if k > i && k < j-1 && nameParticles[t.lower] {
			continue
		}
		if !t.capitalised() || !a.nameLike(t) || a.x.lx.heads[t.text] || a.countryFor(t.text) != "" {
			return false
		}
	}
	return true
}

// orgSpan reports whether [i,j) opens with an organisation named by a head
// word ("Pak Institute for Peace Studies") or defined by a following
// acronym in parentheses, and where its name ends.
func (a *article) orgSpan(s *sentence, i, j int) (int, bool) {
	lx := a.x.lx
	toks := s.tokens
	headAt := -1
	titled := false
	for k := i; k < j; k++ {
		if headAt < 0 && lx.titleWord(toks[k].lower) {
			titled = true
		}
		if headAt < 0 && k > i && toks[k].lower == "and" && a.knownPersonRun(s, i, k) {
			// "met Aoun and Parliament Speaker Nabih Berri": a person
			// named before is no part of a body's name.
			return 0, false
		}
		if titled && headAt < 0 && (toks[k].lower == "and" || toks[k].lower == "or") {
			// "Vice President JD Vance and Army Secretary Dan Driscoll": a
			// titled person before the "and" is no part of a body's name.
			return 0, false
		}
		if lx.heads[toks[k].text] && (k > i || j-i > 1) && !stateGovernment(a, s, k, j) {
			headAt = k
			if k > i && k+2 < j && (toks[k+1].lower == "and" || toks[k+1].lower == "or") {
				// "the African Union and Angola": the name ends at its
				// head; a head-first name keeps its "and" ("Ministry of
				// Industry and Trade").
				return k + 1, true
			}
		}
		if lx.titleKind[toks[k].lower] == "head" && headAt >= 0 {
			// "European Commission President ...": the title ends the name.
			end := k
			for end > headAt+1 && connectors[toks[end-1].lower] {
				end--
			}
			if a.stateParty(toks, i, end) {
				return 0, false
			}
			return end, headAt > i || end-i > 1
		}
	}
	if headAt >= 0 && j-i >= 2 && !a.stateParty(toks, i, j) {
		return j, true
	}
	if acronymAt(toks, j) && j-i >= 2 && !lx.documents[toks[j-1].text] {
		// Only when the words are not a person introduced by a title, nor
		// a document or a built work: "the Grand Ethiopian Renaissance Dam
		// (GERD)".
		for k := i; k < j; k++ {
			if lx.titleWord(toks[k].lower) {
				return 0, false
			}
		}
		return j, true
	}
	return 0, false
}

// stateParty reports a name [i,j) that is a state or its people and the
// word "Party", which no party is called: "Vietnamese Party General
// Secretary To Lam" names the state's ruling party by its state alone.
func (a *article) stateParty(toks []token, i, j int) bool {
	return j-i == 2 && toks[i+1].text == "Party" && a.countryFor(toks[i].text) != ""
}

// acronymStart returns where, after i, the words before an acronym in
// parentheses at end start to spell it, their capitals in order ("Asia-
// Pacific Economic Cooperation" for "APEC"); i when the whole run does,
// or no later run spells it exactly.
func acronymStart(toks []token, i, end int) int {
	if !acronymAt(toks, end) || !toks[end+1].allCaps() {
		return i
	}
	want := strings.Trim(toks[end+1].text, ".+")
	caps := ""
	for k := end - 1; k > i; k-- {
		caps = capitalsOf(toks[k].text) + caps
		if caps == want {
			return k
		}
		if len(caps) >= len(want) {
			break
		}
	}
	return i
}

// acronymAt reports an acronym in parentheses at toks[i:]: "(TTP)", and
// also one with small letters between its capitals ("(AfD)").
func acronymAt(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].text != "(" || toks[i+2].text != ")" {
		return false
	}
	t := toks[i+1]
	if t.allCaps() {
		return true
	}
	caps := 0
	for _, r := range t.text {
		if unicode.IsUpper(r) {
			caps++
		} else if !unicode.IsLower(r) {
			return false
		}
	}
	if t.upper && caps >= 2 && utf8.RuneCountInString(t.text) <= 6 {
		return true
	}
	return t.upper && caps == 1 && abbreviates(t.lower, toks[max(0, i-12):i])
}

// abbreviates reports a word written in small letters after its capital
// that is made of the starts of the words before it, as British and South
// African outlets write some acronyms: "(Dirco)" after "Department of
// International Relations and Cooperation", "(Ecowas)", "(Opec)". The
// words run to the end of before; each gives a start of itself (a small
// word may give none), the first and the last a letter at least, and
// three words at least give one.
func abbreviates(w string, before []token) bool {
	if len(w) < 4 || len(w) > 8 {
		return false
	}
	var match func(w string, words []token, gave int) bool
	match = func(w string, words []token, gave int) bool {
		if len(words) == 0 {
			return w == "" && gave >= 3
		}
		word := words[0].lower
		last := len(words) == 1
		for n := min(len(w), len(word), 3); n >= 0; n-- {
			if n == 0 && (last || !connectors[word]) {
				continue
			}
			if w[:n] == word[:n] && match(w[n:], words[1:], gave+min(n, 1)) {
				return true
			}
		}
		return false
	}
	for k := len(before) - 3; k >= 0; k-- {
		t := before[k]
		if !t.isWord() || !t.upper || t.lower[0] != w[0] {
			continue
		}
		words := before[k:]
		if slices.ContainsFunc(words, func(t token) bool { return !t.isWord() }) {
			return false
		}
		if match(w, words, 0) {
			return true
		}
	}
	return false
}

// defineAcronym records "(TTP)" after an organisation, and the initials of
// its name, as short forms for the rest of the article.
func (a *article) defineAcronym(s *sentence, end int, id string) {
	toks := s.tokens
	if acronymAt(toks, end) {
		acr := toks[end+1].text
		if _, taken := a.x.lx.countryForm[acr]; !taken {
			a.acronyms[acr] = id
			a.alias(id, acr)
		}
	}
	if ini := initials(a.ents[id].Name); len(ini) >= 3 {
		if _, taken := a.acronyms[ini]; !taken {
			a.pendingInitials[ini] = id
		}
	}
}

// segment splits a chunk into known names, titles and unknown name runs.
func (a *article) segment(dst []mention, s *sentence, i, j int) []mention {
	lx := a.x.lx
	toks := s.tokens
	ms := dst
	type titleSeg struct{ start, end int }
	var titles []titleSeg
	var runStart = -1
	given := -1 // where a state's name opens a person's name
	titleEndsAt := func(k int) bool { return titles != nil && titles[len(titles)-1].end == k }
	flush := func(end int) {
		if runStart < 0 {
			return
		}
		if m, ok := a.nameRun(s, runStart, end, titleEndsAt(runStart) || runStart == given); ok {
			ms = append(ms, m)
		}
		runStart = -1
	}
	for k := i; k < j; {
		matched := false
		for n := min(lx.longest(s, k), j-k); n >= 1; n-- {
			text := joinTokens(s, k, k+n)
			forms := lx.forms[text]
			if forms&formNotEntity != 0 && !(n == 1 && (givenNameNotMonth(toks, k, j) || runStart >= 0 && nameEndsInMonth(toks, k))) || (n > 1 && forms&formPlace != 0) {
				if n == 1 && lx.documents[toks[k].text] {
					runStart = -1 // "the Indus Waters Treaty": no name before it
				}
				flush(k)
				k += n
				matched = true
				break
			}
			if forms&formCountry != 0 && namesDocument(lx, toks, k, k+n) {
				// "the Paris Agreement", "the Treaty of Rome": a name of a
				// document, not the state.
				flush(k)
				k += n
				matched = true
				break
			}
			if n == 1 && forms&formCountry != 0 && (afterTitleAt(lx, toks, i, k, titleEndsAt(k)) || k == i && j == i+2 && (a.speechCue(s, i, j) || leaderPossessive(toks, j))) && a.givenName(s, k, j) {
				// "Defence Minister Israel Katz", "Jordan Bardella said":
				// a state's name as a person's first name.
				given = k
				break
			}
			if runStart >= 0 && forms&(formCountry|formOrg|formPerson) == formPerson {
				// "S Jaishankar": a listed surname ends the name begun
				// before it.
				continue
			}
			if n == 1 && runStart >= 0 && !s.title && forms&(formCountry|formPerson|formOrg) == formOrg &&
				!toks[k].allCaps() && (k+1 >= j || !toks[k+1].capitalised()) && (titleEndsAt(runStart) || k-runStart >= 2) {
				// "Foreign Minister Therese Kayikwamba Wagner": a body's
				// one-word name that ends a person's name is the name's.
				break
			}
			m, ok := a.cityBody(toks, text, k, k+n)
			if !ok && forms&formPerson != 0 && n >= 2 && k+n == j-1 && generational[toks[j-1].lower] {
				// "Donald Trump Jr": another person, named with his
				// father's name.
				n++
				full := joinTokens(s, k, k+n)
				m, ok = mention{start: k, end: k + n, id: a.addPerson(full, full), typ: Person, surface: full}, true
			}
			if !ok {
				m, ok = a.knownAs(text, forms, k, k+n)
			}
			if ok {
				flush(k)
				if m.typ == Person && n >= 2 && k+n == j-1 && a.secondSurname(toks[j-1]) {
					// "Claudia Sheinbaum Pardo": a second surname after a
					// listed name ends the chunk; it is the same person's.
					n++
					m.end = k + n
					a.alias(m.id, joinTokens(s, k, k+n))
				}
				ms = append(ms, m)
				k += n
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if runStart >= 0 && innerHonorific[toks[k].lower] && k+1 < j &&
			toks[k+1].capitalised() && lx.titleKind[toks[k+1].lower] == "" {
			// "Hassan Sheikh Mohamud": inside a name the word is the name's.
			k++
			continue
		}
		if e := lx.titleEnd(toks, k, j); e > k && !(e == k+1 && innerHonorific[toks[k].lower] && j == k+2) {
			// ("Sheikh Hasina": "Sheikh" before a single name is the name's)
			flush(k)
			titles = append(titles, titleSeg{k, e})
			k = e
			continue
		}
		// "U.S.-China", "Jaishankar-Muttaqi": names joined by a hyphen.
		if parts, more := a.hyphenPartsAt(s, k, j); parts != nil {
			flush(k)
			at := 0
			for i, p := range parts {
				p.start, p.end = k, k+1
				n := strings.Index(toks[k].text[at:], p.surface)
				if n < 0 {
					n = max(strings.Index(toks[k].text[at:], firstWord(p.surface)), 0)
				}
				p.part = [2]int{at + n, at + n + len(p.surface)}
				if i == len(parts)-1 && more > 0 {
					// "South Korea" of "U.S.-South Korea" runs on
					p.end = k + 1 + more
					p.part[1] = toks[k+more].end - toks[k].start
				}
				at = p.part[1]
				ms = append(ms, p)
			}
			k += 1 + more
			continue
		}
		if w := toks[k].lower; connectors[w] && !toks[k].capitalised() {
			if (runStart >= 0 || titleEndsAt(k)) && nameParticles[w] {
				// "Lula da Silva", "Ursula von der Leyen": particles lead to
				// the rest of the name.
				n := k
				for n < j && nameParticles[toks[n].lower] && !toks[n].capitalised() {
					n++
				}
				if n < j && n-k <= 2 && !connectors[toks[n].lower] {
					if runStart < 0 {
						runStart = k // "Ms von der Leyen": the particles open the name
					}
					k = n
					continue
				}
			}
			flush(k)
			k++
			continue
		}
		if runStart < 0 {
			runStart = k
		}
		k++
	}
	flush(j)
	return ms
}

// hyphenPartsAt is hyphenParts of token k, whose last part may run on
// into the next words of the run when together they make a known name
// ("U.S.-South Korea"); more is the number of those words.
func (a *article) hyphenPartsAt(s *sentence, k, j int) (parts []mention, more int) {
	toks := s.tokens
	if parts := a.hyphenParts(toks[k].text); parts != nil {
		return parts, 0
	}
	w := toks[k].text
	cut := strings.LastIndex(w, "-")
	if cut <= 0 || cut == len(w)-1 {
		return nil, 0
	}
	for n := 1; n <= 2 && k+n < j; n++ {
		last := w[cut+1:] + " " + joinTokens(s, k+1, k+1+n)
		m, ok := a.known(last, 0, 0)
		if !ok {
			continue
		}
		front := a.hyphenParts(w[:cut])
		if front == nil {
			if f, ok := a.known(w[:cut], 0, 0); ok {
				front = []mention{f}
			}
		}
		if front == nil || front[len(front)-1].id == m.id {
			return nil, 0
		}
		return append(front, m), n
	}
	return nil, 0
}

// hyphenParts splits "U.S.-China" into its named parts when every part is
// a known entity or person of the article.
func (a *article) hyphenParts(w string) []mention {
	if !strings.Contains(w, "-") {
		return nil
	}
	var out []mention
	for _, p := range strings.Split(w, "-") {
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
			return nil // "Ching-te", "Jae-myung": one name
		}
		if m, ok := a.known(p, 0, 0); ok {
			out = append(out, m)
			continue
		}
		if id := a.shortPerson(p); id != "" {
			out = append(out, mention{id: id, typ: Person, surface: p})
			continue
		}
		return nil
	}
	if len(out) > 1 && out[0].id == out[len(out)-1].id {
		return nil // both halves of one person's name
	}
	return out
}

// nameRun decides what an unknown run of capitalised words is.
// arabicArticle opens the last part of many Arabic names: "al-Burhan",
// "el-Sisi", "bin-Salman"; its hyphen is the third or fourth byte.
var arabicArticle = mustGated(`^(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu)-\p{Lu}`)

// placeAbbreviations shorten the first word of a place's name.
var placeAbbreviations = map[string]bool{"St": true, "Mt": true, "Ft": true}

// elided is a French particle elided before a capitalised name: "d'Ivoire".
func elided(w string) bool {
	if len(w) < 3 || (w[0] != 'd' && w[0] != 'l') {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(w[1:], "’"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// workers are the people news places "at" a firm or body.
var workers = map[string]bool{"analyst": true, "analysts": true, "economist": true, "economists": true,
	"strategist": true, "strategists": true, "researchers": true, "researcher": true, "executives": true,
	"executive": true, "officials": true, "staff": true, "employees": true, "engineers": true,
	"lawyers": true, "scientists": true, "traders": true, "bankers": true, "experts": true}

var monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true}

// givenNameNotMonth reports "Jan Smit": a month's abbreviation that opens
// a name, followed straight by another capitalised word.
func givenNameNotMonth(toks []token, k, j int) bool {
	return monthAbbreviations[toks[k].lower] && k+1 < j && toks[k+1].isWord() &&
		toks[k+1].capitalised() && toks[k].end < toks[k+1].start && !calendarWords[toks[k+1].lower]
}

// nameEndsInMonth reports "Zhang Jun said": a month's abbreviation that
// ends a name begun before it, with no day number after it.
func nameEndsInMonth(toks []token, k int) bool {
	return monthAbbreviations[toks[k].lower] && k > 0 && toks[k-1].isWord() && toks[k-1].capitalised() &&
		!calendarWords[toks[k-1].lower] && (k+1 >= len(toks) || !digits(toks[k+1].text))
}

// orgKinds are the common nouns news puts before an organisation's name:
// "think tank Bruegel", "the carmaker Stellantis".
var orgKinds = map[string]bool{"tank": true, "firm": true, "company": true, "broadcaster": true,
	"newspaper": true, "watchdog": true, "charity": true, "consultancy": true, "carmaker": true,
	"automaker": true, "lender": true, "insurer": true, "carrier": true, "airline": true,
	"startup": true, "conglomerate": true, "outlet": true, "agency": true, "group": true, "bank": true,
	"giant": true, "militia": true, "organisation": true, "organization": true, "daily": true}

// orgCueBefore reports whether a name follows one of orgKinds in lower case.
func orgCueBefore(toks []token, i int) bool {
	if i >= 1 && strings.HasSuffix(toks[i-1].lower, "-based") {
		return true // "Houston-based Citgo"
	}
	return i >= 1 && !toks[i-1].capitalised() && orgKinds[toks[i-1].text]
}

// orgApposition reports "opposition party, Chadema,": a name set off by
// commas after one of orgKinds or "party".
func orgApposition(toks []token, i, j int) bool {
	return i >= 2 && toks[i-1].text == "," && (orgKinds[toks[i-2].text] || toks[i-2].text == "party") &&
		j < len(toks) && toks[j].text == ","
}

// describedAsFirm reports a name that an apposition after it calls a
// firm: "Skydio, a US drone maker,", "Rosneft, a Russian oil giant.",
// "Codelco, the state copper miner,". The apposition's head decides:
// "Soto, a company spokesman," is a person.
func describedAsFirm(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+1].lower != "a" && toks[j+1].lower != "an" && toks[j+1].lower != "the" {
		return false
	}
	k := j + 2
	for k < len(toks) && k < j+8 && toks[k].isWord() && !appositionEnds[toks[k].lower] {
		k++
	}
	if k == j+2 || k == j+8 || k < len(toks) && (toks[k].text == "'s" || toks[k].text == "’s") {
		// "Vega, the company's chief executive": the firm is the
		// possessor, not the one named
		return false
	}
	head := toks[k-1].lower
	return orgKinds[head] || strings.HasSuffix(head, "maker") || firmNouns[head]
}

// appositionEnds are the words after an apposition's head.
var appositionEnds = map[string]bool{"that": true, "which": true, "in": true, "of": true, "with": true,
	"for": true, "owned": true, "based": true, "whose": true, "and": true, "to": true, "on": true}

// firmNouns name a business by what it does.
var firmNouns = map[string]bool{"manufacturer": true, "producer": true, "operator": true, "supplier": true,
	"developer": true, "contractor": true, "retailer": true, "exporter": true, "importer": true,
	"shipper": true, "miner": true, "refiner": true}

// workplaceBefore reports whether a name follows "analysts at" and the like.
func workplaceBefore(toks []token, i int) bool {
	if i >= 3 && toks[i-1].lower == "the" {
		i-- // "analysts at the Carnegie Endowment"
	}
	return i >= 2 && toks[i-1].lower == "at" && workers[toks[i-2].lower]
}

// pluralAcronym is an acronym in the plural: "MPs", "MEPs", "NGOs".
func pluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func (a *article) nameRun(s *sentence, i, j int, afterTitle bool) (mention, bool) {
	lx := a.x.lx
	toks := s.tokens
	// Drop a possessive left by the name before ("China's Wang Yi") and
	// leading ordinary words ("Political Affairs Allison Hooker").
	for j-i > 1 && (toks[i].text == "'s" || toks[i].text == "’s") {
		i++
	}
	for j-i > 3 && lx.common[toks[i].lower] {
		i++
	}
	if i > 0 && toks[i-1].text == "/" {
		// "REUTERS/Ivan Alvarado", "AP Photo/Jane Roe": a photo's credit
		return mention{}, false
	}
	text := joinTokens(s, i, j)
	words := j - i
	if words > 1 && allCapsRun(toks, i, j) {
		// A dateline, "MEXICO CITY, Feb 20 (Reuters)": a known place in
		// capitals, or no one.
		return a.known(titleCase(strings.ToLower(text)), i, j) // "Mexico City"
	}
	if pluralAcronym(toks[j-1].text) {
		// "Labour MPs", "Green MEPs": a group of people, not a name.
		return mention{}, false
	}
	if words > 1 && !afterTitle && (landformHeads[toks[j-1].lower] || divisionHeads[toks[j-1].lower]) {
		// "the Galwan Valley", "the Bering Sea": a landform is no actor,
		// nor is "Saratov Oblast" or "Hodeidah Governorate".
		return mention{}, false
	}
	if (workplaceBefore(toks, i) || orgCueBefore(toks, i) || orgApposition(toks, i, j) || describedAsFirm(toks, j)) && !afterTitle {
		// "analysts at Goldman Sachs", "economists at Nomura": a firm.
		return mention{start: i, end: j, id: a.addOrg(text, text), typ: Organization, surface: text}, true
	}
	if _, ok := a.x.personNames[personKey(normKey(text))]; ok && words > 1 {
		return mention{start: i, end: j, id: a.addPerson(text, text), typ: Person, surface: text}, true
	}
	if s.title && !afterTitle {
		if words == 1 {
			if id := a.shortPerson(text); id != "" {
				a.alias(id, text)
				return mention{start: i, end: j, id: id, typ: Person, surface: text}, true
			}
		}
		if id := a.earlierPerson(text, words); id != "" {
			a.alias(id, text)
			return mention{start: i, end: j, id: id, typ: Person, surface: text}, true
		}
		return mention{}, false
	}
	if words == 1 {
		id, candidates := a.shortPersonOf(text)
		if id != "" {
			a.alias(id, text)
			return mention{start: i, end: j, id: id, typ: Person, surface: text}, true
		}
		if candidates > 1 {
			// "Kim said" after "Kim Yo Jong" and "Kim Jong Un": one of
			// them, and no third person
			return mention{}, false
		}
		if toks[i].allCaps() {
			if id, ok := a.pendingInitials[text]; ok {
				a.acronyms[text] = id
				a.alias(id, text)
				return mention{start: i, end: j, id: id, typ: Organization, surface: text}, true
			}
			if describedAsBody(toks, j) && utf8.RuneCountInString(text) >= 3 {
				// "the FDLR, a militia founded by ...", "Kenya's ODM party"
				id := a.addOrg(text, text)
				a.acronyms[text] = id
				return mention{start: i, end: j, id: id, typ: Organization, surface: text}, true
			}
			return mention{}, false
		}
		if j < len(toks) && partyNouns[toks[j].text] && a.nameLike(toks[i]) && !a.sentenceInitialCommon(s, i) && !placeBefore(toks, i) {
			// "Netanyahu's Likud party", "the ruling Fidesz party"
			return mention{start: i, end: j, id: a.addOrg(text, text), typ: Organization, surface: text}, true
		}
		// After a title any capitalised word is a name ("Mr Brown",
		// "President Trump"); a speech verb alone needs an unusual word.
		if afterTitle && !lx.notEntity[toks[i].text] ||
			(a.personCue(s, i, j) || leaderPossessive(toks, j)) && a.nameLike(toks[i]) && !a.sentenceInitialCommon(s, i) &&
				!placeBefore(toks, i) {
			return mention{start: i, end: j, id: a.addPerson(text, text), typ: Person, surface: text}, true
		}
		return mention{}, false
	}
	for k := i; k < j; k++ {
		w := toks[k].text
		if k == i && a.placeGivenName(s, i, j) {
			continue // "Victoria Nuland said", "Santiago Pena told"
		}
		if lx.places[w] || lx.notEntity[w] && !(k > i && nameEndsInMonth(toks, k)) || (lx.heads[w]) || a.countryFor(w) != "" {
			if !afterTitle {
				return mention{}, false
			}
		}
	}
	// Particles do not count: "Mohammed bin Abdulrahman bin Jassim Al
	// Thani" is a name of five words.
	if words-particles(toks, i, j) > 5 {
		return mention{}, false
	}
	if !afterTitle && !a.personCue(s, i, j) {
		// A name opens with a word that is not an ordinary English one:
		// "Donald Trump" but not "Truth Social" or "White House".
		if !a.runNameLike(toks, i, j) || (j-i > 2 && lx.common[toks[j-1].lower] && !capitalParticle(toks, j-2, j)) {
			return mention{}, false
		}
		if placeBefore(toks, i) || i > 1 && toks[i-1].lower == "of" && placeBeforeOf[toks[i-2].lower] {
			return mention{}, false
		}
		for k := i; k < j; k++ {
			if toks[k].allCaps() && utf8.RuneCountInString(toks[k].text) > 1 {
				return mention{}, false
			}
		}
		if j < len(toks) && firmPeople[toks[j].lower] && !s.title {
			// "Goldman Sachs analysts", "Exxon Mobil shares": a firm.
			return mention{start: i, end: j, id: a.addOrg(text, text), typ: Organization, surface: text}, true
		}
	}
	return mention{start: i, end: j, id: a.addPerson(text, text), typ: Person, surface: text}, true
}

// placeGivenName reports a run [i, j) that opens with the name of a
// province or capital as a given name: unusual words follow it, and the
// sentence marks the run as a person.
func (a *article) placeGivenName(s *sentence, i, j int) bool {
	toks, lx := s.tokens, a.x.lx
	first := toks[i].text
	if j-i < 2 || j-i > 3 || placeBefore(toks, i) {
		return false
	}
	if iso := a.countryFor(first); iso != "" && (!lx.capitalCity[first] || lx.countries[iso].name == first) {
		return false // a state's own name ("Jordan") is not taken for a given name here
	}
	if !lx.places[first] && !lx.capitalCity[first] {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !a.nameLike(toks[k]) || lx.forms[toks[k].text] != 0 || lx.heads[toks[k].text] || landformHeads[toks[k].lower] {
			return false
		}
	}
	return a.personCue(s, i, j)
}

// bodyNouns say what kind of body a name in capitals before them is.
var bodyNouns = map[string]bool{"militia": true, "group": true, "party": true, "movement": true, "coalition": true,
	"alliance": true, "organisation": true, "organization": true, "agency": true, "company": true, "faction": true,
	"rebels": true, "rebel": true, "insurgents": true, "militants": true, "bloc": true, "network": true, "outfit": true}

// partyNouns after a single unusual name make it a political body's.
var partyNouns = map[string]bool{"party": true, "movement": true}

// describedAsBody reports that the tokens from j say the capitals before
// them name a body: a body noun right after ("the ODM party") or in an
// apposition ("the FDLR, a militia founded by ...", "the ADF, an armed
// group").
func describedAsBody(toks []token, j int) bool {
	if j < len(toks) && bodyNouns[toks[j].text] {
		return true
	}
	if j+2 >= len(toks) || toks[j].text != "," || !isOneOf(toks[j+1].lower, "a", "an", "the") {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if bodyNouns[toks[k].text] {
			return true
		}
		if !toks[k].isWord() || toks[k].capitalised() {
			return false
		}
	}
	return false
}

// allCapsRun reports a run of words written wholly in capitals.
func allCapsRun(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !toks[k].allCaps() || utf8.RuneCountInString(toks[k].text) < 2 {
			return false
		}
	}
	return true
}

// runNameLike: a run opens with a name-like word, or its opening word is a
// short one that English also has ("Xi", "Lee") and every word after it is
// name-like ("Xi Jinping", "Lee Jae-myung", but not "Truth Social").
func (a *article) runNameLike(toks []token, i, j int) bool {
	if a.nameLike(toks[i]) {
		return true
	}
	if capitalParticle(toks, i+1, j) {
		// "Marine Le Pen": an ordinary word before a surname's particle
		// written with a capital is a given name
		return true
	}
	if j-i < 2 || utf8.RuneCountInString(toks[i].text) > 3 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !a.nameLike(toks[k]) {
			return false
		}
	}
	return true
}

// capitalParticle reports a surname's particle written with a capital at
// k ("Le Pen", "Van Dijk") with a word of the name after it, before j.
func capitalParticle(toks []token, k, j int) bool {
	return k+1 < j && k > 0 && nameParticles[toks[k].lower] && toks[k].capitalised()
}

// nameLike: a capitalised word that is not an ordinary English word.
func (a *article) nameLike(t token) bool {
	return !a.x.lx.common[t.lower] && !a.x.lx.notEntity[t.text]
}

func (a *article) sentenceInitialCommon(s *sentence, i int) bool {
	return a.sentenceInitial(s.tokens, i) && a.x.lx.common[s.tokens[i].lower]
}

// leaderThings are what news says a leader has: "Erdogan's government",
// "Putin's war".
var leaderThings = map[string]bool{"government": true, "administration": true, "cabinet": true,
	"regime": true, "war": true, "invasion": true, "presidency": true, "premiership": true,
	"re-election": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aides": true,
	"allies": true, "critics": true, "supporters": true, "tenure": true, "predecessor": true, "successor": true,
	"party": true, "campaign": true, "wife": true, "husband": true, "lawyer": true, "lawyers": true}

// leaderPossessive reports a name followed by "'s" and one of leaderThings.
func leaderPossessive(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j].text == "'s" || toks[j].text == "’s") && leaderThings[toks[j+1].text]
}

// afterTitleAt reports a title right before token k: one read in the chunk
// (inChunk) or, at the chunk's start i, a lower-case one before it
// ("opposition leader Jordan Bardella").
func afterTitleAt(lx *lexicon, toks []token, i, k int, inChunk bool) bool {
	if inChunk {
		return true
	}
	if k != i || i == 0 {
		return false
	}
	kind := lx.titleKind[toks[i-1].lower]
	return kind == "head" || kind == "desc"
}

// givenName reports a word after a title that opens a person's name: the
// next word is capitalised, unusual and names nothing by itself ("Israel
// Katz", "Jordan Bardella").
func (a *article) givenName(s *sentence, k, j int) bool {
	if k+1 >= j {
		return false
	}
	next := s.tokens[k+1]
	return next.capitalised() && a.nameLike(next) && a.x.lx.forms[next.text] == 0 &&
		a.x.lx.titleKind[next.lower] == "" && !a.x.lx.heads[next.text]
}

// firmPeople are the words after a firm's name, never after a person's:
// "Goldman Sachs analysts", "Exxon Mobil shares".
var firmPeople = map[string]bool{"analysts": true, "economists": true, "strategists": true,
	"executives": true, "employees": true, "shareholders": true, "shares": true, "stock": true,
	"researchers": true, "engineers": true, "customers": true, "investors": true}

// afterSpeaker are the words that may follow the name in "said Sayed ...".
var afterSpeaker = map[string]bool{"on": true, "in": true, "at": true, "after": true, "during": true,
	"while": true, "when": true, "as": true, "before": true, "that": true, "last": true, "this": true,
	"earlier": true, "late": true, "yesterday": true, "today": true}

// speechCue: "said Sayed", "Tipu told", "Tshisekedi and Kagame agreed".
func (a *article) speechCue(s *sentence, i, j int) bool {
	toks := s.tokens
	if i > 0 && toks[i-1].lower == "the" {
		return false // "the Elysee said": an institution, not a person
	}
	if i > 0 && speechVerbs[toks[i-1].lower] {
		// "said Sayed." or "said Sayed on Friday", but not the subject of
		// reported speech ("said Asia-Pacific countries should"). Only a
		// verb of saying puts its speaker after it: what is visited,
		// praised or condemned may be a place, an event or a thing
		// ("visited Rafah on Monday", "praised Operation Sindoor.").
		if !reportingVerbs[toks[i-1].lower] {
			return false
		}
		return j == len(toks) || !toks[j].capitalised() && (!toks[j].isWord() || afterSpeaker[toks[j].lower])
	}
	k := j
	if k+1 < len(toks) && toks[k].text == "and" && toks[k+1].capitalised() {
		k += 2
	}
	if k < len(toks) && hostVerbs[toks[k].lower] {
		// "Peru's Boluarte hosts Xi", but "Geneva hosts talks": a city
		// hosts as often as a person, a state's one seldom.
		return a.possessingState(toks, i) != ""
	}
	return k < len(toks) && speechVerbs[toks[k].lower]
}

// hostVerbs after a name mark a person only where a state possesses it.
var hostVerbs = map[string]bool{"hosts": true, "hosted": true}

// personCue: a title or description right before the name ("analyst
// Tameem Bahiss", "deputy interior minister, Ibrahim Sadr"), an apposition
// after it ("X, an Islamabad-based security analyst", "X, the Afghan prime
// minister"), or a speech verb.
func (a *article) personCue(s *sentence, i, j int) bool {
	lx := a.x.lx
	toks := s.tokens
	k := i - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	for k >= 1 && lx.titleKind[toks[k].lower] == "mod" {
		k-- // "chief executive Shou Zi Chew"
	}
	if k >= 0 && lx.titleWord(toks[k].lower) {
		return true
	}
	if j < len(toks) && toks[j].text == "," {
		for m := j + 1; m < len(toks) && m < j+9; m++ {
			w := toks[m].lower
			if w == "," || w == "." || w == ";" {
				break
			}
			if k := lx.titleKind[w]; (k == "head" || k == "desc") && !(m+1 < len(toks) && toks[m+1].capitalised() && !lx.titleWord(toks[m+1].lower)) {
				// (a title before another name is that name's: "the
				// Rapid Transit System Link, as President Ana Soto said")
				return true
			}
			if w == "who" && m == j+1 {
				return true
			}
		}
	}
	if j+2 < len(toks) && toks[j].lower == "and" {
		// "Ararat Mirzoyan and Jeyhun Bayramov": a pair of full names
		e := capitalisedRun(toks, j+1, 3)
		if e-j-1 >= 2 && (e == len(toks) || !toks[e].capitalised()) && a.runNameLike(toks, j+1, e) {
			unknown := true
			for k := j + 1; k < e; k++ {
				unknown = unknown && lx.forms[toks[k].text] == 0 && !lx.places[toks[k].text] && !lx.heads[toks[k].text]
			}
			if unknown {
				return true
			}
		}
	}
	return a.speechCue(s, i, j)
}

// headTitle reports a title that names an office ("Treasury Secretary",
// "special envoy"): its last word is one of titleKind's "head" words, or
// qualifies one before it ("chief executive").
func (lx *lexicon) headTitle(title string) bool {
	words := strings.Fields(titleHead(title))
	if len(words) == 0 {
		return false
	}
	words[len(words)-1] = lastWord(words[len(words)-1])
	for k := len(words) - 1; k >= 0; k-- {
		switch lx.titleKind[strings.ToLower(words[k])] {
		case "head":
			return true
		case "mod":
			continue
		}
		return false
	}
	return false
}

// titleWord reports whether w (any case) is a title head or description.
func (lx *lexicon) titleWord(w string) bool {
	k := lx.titleKind[strings.ToLower(w)]
	return k == "head" || k == "desc"
}

// landformHeads end names of places that are neither states nor actors.
var landformHeads = map[string]bool{"valley": true, "river": true, "mountains": true, "mountain": true,
	"sea": true, "strait": true, "gulf": true, "island": true, "islands": true, "peninsula": true,
	"desert": true, "lake": true, "bay": true, "basin": true, "plateau": true, "canal": true,
	"shoal": true, "reef": true, "coast": true, "highlands": true, "corridor": true, "pass": true}

// divisionHeads end the names of a state's administrative divisions.
var divisionHeads = map[string]bool{"oblast": true, "krai": true, "raion": true, "governorate": true,
	"prefecture": true, "province": true, "region": true, "voivodeship": true, "county": true,
	"district": true, "municipality": true, "canton": true}

// innerHonorific words are titles before a name ("Sheikh Tamim") and
// part of it after a given name ("Hassan Sheikh Mohamud").
var innerHonorific = map[string]bool{"sheikh": true, "shaikh": true, "sheik": true}

// particleName is the listed person or body whose name opens with the
// particles at token i ("von der Leyen", "da Silva"), written in lower
// case or, opening a sentence, capitalised ("Von der Leyen said").
func (a *article) particleName(s *sentence, i int) (mention, bool) {
	toks := s.tokens
	if !nameParticles[toks[i].lower] {
		return mention{}, false
	}
	for n := min(4, len(toks)-i); n >= 2; n-- {
		if !toks[i+n-1].capitalised() || nameParticles[toks[i+n-1].lower] {
			continue
		}
		surface := joinTokens(s, i, i+n)
		text := toks[i].lower + surface[len(toks[i].text):]
		if a.x.lx.forms[text]&(formOrg|formPerson) != 0 {
			if m, ok := a.known(text, i, i+n); ok {
				m.surface = surface
				return m, true
			}
		}
	}
	return mention{}, false
}

// nameWordsAfter counts the words of the name that may start at from:
// capitalised words, and particles and "al-Din" within it.
func nameWordsAfter(toks []token, from, limit int) int {
	n := 0
	for q := from; q < limit && toks[q].isWord(); q++ {
		switch w := toks[q].text; {
		case toks[q].capitalised():
			n++
		case nameParticles[toks[q].lower] || strings.Contains(w, "-"):
		default:
			return n
		}
	}
	return n
}

// rankAbbreviations are military ranks written without a period.
var rankAbbreviations = map[string]bool{"gen": true, "lt": true, "maj": true, "col": true, "brig": true,
	"capt": true, "sgt": true, "adm": true, "cmdr": true}

// titleEnd returns the end of a title phrase starting at k ("Foreign
// Minister", "Secretary of State", "Under Secretary for Political
// Affairs"), or k when there is none. A phrase holds at least one head.
func (lx *lexicon) titleEnd(toks []token, k, limit int) int {
	end := k
	hasHead := false
	for m := k; m < limit; m++ {
		w := toks[m].lower
		kind := lx.titleKind[w]
		if rankAbbreviations[w] && nameWordsAfter(toks, m+1, limit) < 2 {
			// "Gen Abdel Fattah al-Burhan": a rank without its period
			// before a full name; before one word it may be a given name
			// ("Defense Minister Gen Nakatani").
			kind = ""
		}
		switch {
		case kind == "head" || kind == "desc":
			hasHead = true
			end = m + 1
		case kind == "mod" || w == "affairs" || w == "war" && m > k && toks[m-1].lower == "of":
			// ("Secretary of War")
			if hasHead {
				end = m + 1
			}
		case (w == "of" || w == "for") && hasHead && m+1 < limit:
			continue
		default:
			if hasHead {
				return end
			}
			return k
		}
	}
	if hasHead {
		return end
	}
	return k
}

// titleCaseTokens returns the tokens of a headline written in Title Case
// ("Trump Imposes New Tariffs On Canada") with the ordinary English words
// that name nothing known put in lower case, or nil for other headlines.
// Known names of several words ("New Zealand") keep their capitals.
func (a *article) titleCaseTokens(s *sentence) []token {
	lx := a.x.lx
	words, caps := 0, 0
	for _, t := range s.tokens {
		if t.isWord() {
			words++
			if t.capitalised() {
				caps++
			}
		}
	}
	if words < 4 || caps*4 < words*3 {
		return nil
	}
	out := append([]token(nil), s.tokens...)
	for i := 0; i < len(out); {
		if n := a.knownNameAt(s, i, len(out)); n > 0 {
			i += n
			continue
		}
		w := out[i].text
		if out[i].isWord() && out[i].capitalised() && lx.common[out[i].lower] && len(a.x.short[normKey(w)]) == 0 {
			out[i].text, out[i].upper = out[i].lower, false
		}
		i++
	}
	return out
}

// named reports whether text is a name the dictionaries or the article's
// acronyms know, without recording a mention.
func (a *article) named(text string) bool {
	_, acr := a.acronyms[text]
	return a.x.lx.forms[text]&(formCountry|formOrg|formPerson) != 0 || acr
}

// knownNameAt is the number of words of the longest known name starting
// at token i and ending by j, 0 if none.
func (a *article) knownNameAt(s *sentence, i, j int) int {
	for w := min(a.x.lx.longest(s, i), j-i); w >= 1; w-- {
		if a.named(joinTokens(s, i, i+w)) {
			return w
		}
	}
	return 0
}

// digits reports a word of ASCII digits only.
func digits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
