package extract

import (
	"slices"
	"sort"
	"strings"
)

// article holds what extraction learns about one article: its entities,
// their surface forms, and the short forms defined in it.
type article struct {
	x               *Extractor
	ents            map[string]*Entity
	order           []string
	acronyms        map[string]string // defined acronym -> org id
	pendingInitials map[string]string // initials of an org, used if they occur
	lastOrg         int               // index in orgs of the organisation named last, -1 if none
	orgs            []string          // organisation ids in order of mention
	seen            map[string]int    // person or state id -> times named so far
	hasRole         map[string]string // person id -> state they hold an office of
	titleOf         map[string]string // person id -> the title of the first office noted for them
	roles           map[string]string // roleKey -> person id
	scratch         filterScratch     // the rule filter's memory, reused by each sentence
	lastStates      []mention         // the states of the last sentence that listed several
	headlineStates  []mention         // the states the headline names, once each
	datelineState   string            // the ISO code of the capital the article is datelined in, or ""
	prevSentence    *sentence         // the last sentence that named anyone
	prevRelations   []Relation        // what that sentence stated
	people          []person          // the article's people in order of mention
	earlier         *article          // the first reading, whose people the headline may name
}

// person is a person of the article with the folded words of their name.
type person struct {
	id    string
	words []string
}

// orgMention is a mention standing for an organisation named earlier.
func (a *article) orgMention(k int) mention {
	return mention{id: a.orgs[k], typ: Organization}
}

// noteMentions remembers the last organisation a sentence named and the
// last list of states.
func (a *article) noteMentions(ms []mention) {
	states := distinctStates(ms, false)
	if len(states) >= 2 {
		a.lastStates = states
	}
	for _, m := range ms {
		if m.typ == Person || m.typ == Country {
			a.seen[m.id]++
		}
		if m.typ == Organization {
			a.orgs = append(a.orgs, m.id)
			a.lastOrg = len(a.orgs) - 1
		}
	}
}

// distinctStates lists the states of ms once each, in order; demonyms
// count only where withDemonyms says so.
func distinctStates(ms []mention, withDemonyms bool) []mention {
	var states []mention
	for _, m := range ms {
		if m.typ == Country && (withDemonyms || !m.demonym) && !slices.ContainsFunc(states, func(s mention) bool { return s.id == m.id }) {
			states = append(states, m)
		}
	}
	return states
}

func newArticle(x *Extractor) *article {
	return &article{x: x, ents: map[string]*Entity{}, acronyms: map[string]string{}, pendingInitials: map[string]string{}, lastOrg: -1,
		seen: map[string]int{}, hasRole: map[string]string{}, titleOf: map[string]string{}, roles: map[string]string{},
	}
}

func (a *article) entity(id, typ, name, iso string) *Entity {
	e, ok := a.ents[id]
	if !ok {
		e = &Entity{ID: id, Type: typ, Name: name, ISO3: iso}
		a.ents[id] = e
		a.order = append(a.order, id)
		if typ == Person {
			a.people = append(a.people, person{id, strings.Fields(normKey(name))})
		}
	}
	return e
}

// namedEntity reports an entity the article has named.
func (a *article) namedEntity(id string) bool {
	e := a.ents[id]
	return e != nil && len(e.Aliases) > 0
}

// namesState reports whether the article names the state iso: so far, or
// anywhere where its first reading is done.
func (a *article) namesState(iso string) bool {
	return a.namesAnywhere(a.x.lx.countries[iso].id)
}

// namesAnywhere reports whether the article names the entity id: so far,
// or anywhere where its first reading is done.
func (a *article) namesAnywhere(id string) bool {
	return a.namedEntity(id) || a.earlier != nil && a.earlier.namedEntity(id)
}

func (a *article) alias(id, surface string) {
	e := a.ents[id]
	if e == nil || surface == "" {
		return
	}
	for _, x := range e.Aliases {
		if x == surface {
			return
		}
	}
	e.Aliases = append(e.Aliases, surface)
}

// countryFor resolves a surface form to a state; an ambiguous form goes to
// a candidate the article already names.
func (a *article) countryFor(surface string) string {
	cands := a.x.lx.countryForm[surface]
	if len(cands) == 0 && !isASCII(surface) {
		// "Côte d’Ivoire" as the lexicon spells it, "Cote d'Ivoire"
		cands = a.x.lx.countryForm[stripAccents(strings.ReplaceAll(surface, "’", "'"))]
	}
	switch len(cands) {
	case 0:
		return ""
	case 1:
		return cands[0]
	}
	for _, c := range cands {
		if _, ok := a.ents[a.x.id(Country, c)]; ok {
			return c
		}
	}
	return cands[0]
}

func (a *article) addCountry(iso, surface string) string {
	c := a.x.lx.countries[iso]
	e := a.entity(c.id, Country, c.name, iso)
	if !slices.Contains(e.Aliases, surface) && surface != "" {
		e.Aliases = append(e.Aliases, surface)
	}
	return c.id
}

func (a *article) addOrg(name, surface string) string {
	// "U.S. Centers for Disease Control": a state named before a known body.
	if f := strings.Fields(name); len(f) > 2 {
		for n := 1; n <= 2 && n < len(f)-1; n++ {
			rest := strings.Join(f[n:], " ")
			iso := a.countryFor(strings.Join(f[:n], " "))
			if iso == "" {
				continue
			}
			if canon, ok := a.x.lx.orgForm[rest]; ok {
				// "Russian Security Council" is not the UN's: a name of
				// ordinary words means the listed body only where it is
				// seated in that state.
				if seat := a.x.lx.orgSeat[canon]; seat == iso || seat == "" && !a.x.lx.ordinaryWords(rest) {
					name = canon
				}
				break
			}
			// "Kazakhstan's Foreign Ministry" stays that state's even
			// where a bare "Foreign Ministry" was named before it.
			if canon, ok := a.x.orgNames[normKey(rest)]; ok && !a.x.lx.ordinaryWords(rest) {
				name = canon
				break
			}
		}
	}
	if first, rest, ok := strings.Cut(name, " "); ok {
		// "U.N. Security Council": a listed body's short name opening the
		// name of another listed body.
		if canon, ok := a.x.lx.orgForm[first]; ok {
			if full, ok := a.x.lx.orgForm[canon+" "+rest]; ok {
				name = full
			}
		}
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 && corporateSuffixes[strings.ToLower(strings.TrimSuffix(name[i+1:], "."))] {
		// "Nvidia Corp", "Huawei Technologies": a listed company with
		// the word its legal name ends in.
		if canon, ok := a.x.lx.orgForm[name[:i]]; ok {
			name = canon
		}
	}
	if canon, ok := a.x.lx.orgForm[name]; ok {
		name = canon
	} else if canon, ok := a.x.orgNames[normKey(name)]; ok {
		name = canon
	} else {
		a.x.orgNames[normKey(name)] = name
	}
	id := a.x.id(Organization, name)
	a.entity(id, Organization, name, "")
	a.alias(id, surface)
	return id
}

// initialled splits a name of one initial and one surname ("S Jaishankar",
// "S. Jaishankar") into the two.
func initialled(name string) (initial, surname string, ok bool) {
	first, rest, found := strings.Cut(name, " ")
	first = strings.TrimSuffix(first, ".")
	if !found || len(first) != 1 || first[0] < 'A' || first[0] > 'Z' || rest == "" || strings.Contains(rest, " ") {
		return "", "", false
	}
	return first, rest, true
}

// initialOf reports a name of an initial and a surname that abbreviates
// full: "S Jaishankar" of "Subrahmanyam Jaishankar".
func initialOf(name, full string) bool {
	initial, surname, ok := initialled(name)
	return ok && strings.HasPrefix(full, initial) && strings.HasSuffix(full, " "+surname)
}

// corporateSuffixes end the legal names of companies.
var corporateSuffixes = map[string]bool{"corp": true, "corporation": true, "inc": true, "ltd": true, "limited": true,
	"group": true, "holdings": true, "technologies": true, "co": true, "company": true, "plc": true, "llc": true,
	"ag": true, "sa": true, "industries": true}

// addPerson records a person; a single word resolves to a full name known
// in the article or earlier in the run when it is that name's first or
// last word.
func (a *article) addPerson(name, surface string) string {
	name = strings.TrimSpace(name)
	if initial, surname, ok := initialled(name); ok {
		// "S Jaishankar", "L. Vega": the person of that surname named
		// before whose first name has that initial.
		if id := a.shortPerson(surname); id != "" && strings.HasPrefix(a.ents[id].Name, initial) {
			a.alias(id, surface)
			return id
		}
	}
	if first, rest, _ := strings.Cut(name, " "); innerHonorific[strings.ToLower(first)] && rest != "" && !strings.Contains(rest, " ") {
		// "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed": the honorific
		// and the given name of one named before ("Sheikh Hasina" stays).
		if id := a.shortPerson(rest); id != "" && strings.HasPrefix(normKey(a.ents[id].Name), normKey(rest)+" ") {
			a.alias(id, surface)
			return id
		}
	}
	if first, rest, _ := strings.Cut(name, " "); !strings.Contains(name, " ") || articleWord(first) && !strings.Contains(rest, " ") {
		// ("Al Sharaa" after "Ahmed al-Sharaa": a surname with its article)
		if id := a.shortPerson(name); id != "" {
			a.alias(id, surface)
			return id
		}
	} else if first, _, _ := strings.Cut(name, " "); first == strings.ToLower(first) || nameParticles[strings.ToLower(first)] {
		// "von der Leyen" after "Ms", "De Wever" opening a sentence: the
		// end of a name named before.
		if id := a.endingWith(Person, name); id != "" {
			a.alias(id, surface)
			return id
		}
		if full := a.x.personEndingWith(name); full != "" {
			id := a.x.id(Person, full)
			a.entity(id, Person, full, "")
			a.alias(id, surface)
			return id
		}
	}
	if canon, ok := a.x.lx.personForm[name]; ok {
		name = canon
	} else if canon := a.x.lx.personKeyed[normKey(name)]; canon != "" {
		// "Lee Jae Myung": the listed "Lee Jae-myung", spelt otherwise.
		name = canon
	} else if canon := a.x.lx.personKeyed[withoutArticle(normKey(name))]; canon != "" {
		// "Abdel Fattah El Sisi": the listed "Abdel Fattah al-Sisi"
		name = canon
	} else if i := strings.LastIndexByte(name, ' '); i > 0 {
		// "Tayyip Erdogan": the listed "Recep Tayyip Erdogan" that ends so;
		// "S Jaishankar": the listed "Subrahmanyam Jaishankar".
		// "Sergey Lavrov": the listed "Sergei Lavrov", one letter of a
		// given name transliterated otherwise.
		if canon := a.x.lx.personForm[name[i+1:]]; canon != "" && (strings.HasSuffix(canon, " "+name) || initialOf(name, canon) || oneWordSpeltOtherwise(name, canon)) {
			name = canon
		}
	}
	key := normKey(name)
	if canon, ok := a.x.personNames[personKey(key)]; ok {
		name = canon
	} else {
		a.x.personNames[personKey(key)] = name
	}
	id := a.x.id(Person, name)
	a.entity(id, Person, name, "")
	a.alias(id, surface)
	if strings.Contains(name, " ") && !a.x.lx.neverMerge[key] {
		f := strings.Fields(key)
		if last := surnameOf(f); last != "" {
			a.x.noteShort(last, name)
		}
		a.x.noteShort(f[0], name)
	}
	return id
}

// oneWordSpeltOtherwise reports two names of as many words that differ
// in one word of five letters or more, by one letter after the first
// ("Sergey" and "Sergei", not "Donald" and "Ronald").
func oneWordSpeltOtherwise(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) != len(fb) {
		return false
	}
	differ := 0
	for k := range fa {
		if fa[k] == fb[k] {
			continue
		}
		if differ++; differ > 1 || len(fa[k]) < 5 || fa[k][0] != fb[k][0] || !editDistance1(fa[k], fb[k]) {
			return false
		}
	}
	return differ == 1
}

// articleWord reports the Arabic article written as a word of its own:
// "Al Sharaa", "El Sisi".
func articleWord(w string) bool { return strings.EqualFold(w, "al") || strings.EqualFold(w, "el") }

// dropArticle is a name key without the Arabic article it opens with:
// "al sharaa" and "el sharaa" are both "sharaa".
func dropArticle(key string) string {
	if first, rest, ok := strings.Cut(key, " "); ok && articleWord(first) {
		return rest
	}
	return key
}

// patronymic words join a given name to the father's: "Khalid bin Salman".
var patronymic = map[string]bool{"bin": true, "bint": true, "ibn": true, "binti": true}

// surnameOf is the last of a name's folded words, or "" where it is the
// father's name after a patronymic word ("Khalid bin Salman": "Salman"
// alone is the father, "King Salman").
func surnameOf(f []string) string {
	if len(f) > 2 && patronymic[f[len(f)-2]] {
		return ""
	}
	return f[len(f)-1]
}

// shortPerson resolves a surname (or, for names written surname first, the
// first word) to a full name: first among the article's people, then among
// the run's. A near miss of one letter still matches a long surname.
func (a *article) shortPerson(w string) string {
	id, _ := a.shortPersonOf(w)
	return id
}

// shortPersonOf is shortPerson that also counts the article's people the
// name may stand for.
func (a *article) shortPersonOf(w string) (id string, candidates int) {
	k := normKey(w)
	if a.x.lx.neverMerge[k] || len(k) < 2 {
		return "", 0
	}
	inArticle := a.shortCandidates(k)
	if len(inArticle) == 1 {
		return inArticle[0], 1
	}
	if len(inArticle) > 1 {
		// "Kim" after "Kim Jong Un" and, once, his daughter "Kim Ju Ae":
		// the one the article has named far more often.
		best, n1, n2 := "", 0, 0
		for _, id := range inArticle {
			switch n := a.seen[id]; {
			case n > n1:
				best, n1, n2 = id, n, n1
			case n > n2:
				n2 = n
			}
		}
		if n1 >= 3 && n1 >= 3*n2 {
			return best, len(inArticle)
		}
		return "", len(inArticle)
	}
	if names := a.x.short[k]; len(names) == 1 {
		id := a.x.id(Person, names[0])
		a.entity(id, Person, names[0], "")
		return id, 0
	}
	return "", 0
}

// shortCandidates are the people of the article a short name key may
// stand for: by surname, first word or, failing those, an inner word.
func (a *article) shortCandidates(k string) []string {
	var inArticle []string
	for _, p := range a.people {
		f := p.words
		if len(f) == 1 {
			// "Modi", named so by a title earlier ("Indian PM Modi")
			if f[0] == k {
				inArticle = append(inArticle, p.id)
			}
			continue
		}
		last, first := surnameOf(f), f[0]
		n := strings.Count(k, " ") + 1
		if n > 1 && n < len(f) {
			// "Al-Sharaa", "Abu-Bakr": a hyphenated surname, whose key
			// is words
			last = strings.Join(f[len(f)-n:], " ")
		}
		if last == k || first == k || (len(k) >= 5 && editDistance1(last, k)) || n > 1 && dropArticle(last) == dropArticle(k) {
			inArticle = append(inArticle, p.id)
		}
	}
	if len(inArticle) == 0 {
		// "Lula" of "Luiz Inacio Lula da Silva": a name known by an inner
		// word, when one person of the article has it.
		for _, p := range a.people {
			if f := p.words; len(f) > 2 && len(k) > 3 && slices.Contains(f[1:len(f)-1], k) {
				inArticle = append(inArticle, p.id)
			}
		}
	}
	return inArticle
}

// earlierPerson finds among the people of the first reading one that text
// names in full or by one word, and makes it this reading's too: the
// headline, read first, may name people the body introduces.
func (a *article) earlierPerson(text string, words int) string {
	if a.earlier == nil {
		return ""
	}
	id := ""
	if words == 1 {
		id = a.earlier.shortPerson(text)
	} else if e := a.earlier.ents[a.x.id(Person, text)]; e != nil && e.Type == Person {
		id = e.ID
	}
	if e := a.earlier.ents[id]; id != "" && e != nil {
		a.entity(id, Person, e.Name, "")
		return id
	}
	return ""
}

// endingWith finds the one entity of the type named so far in the article
// whose name ends with the given words ("von der Leyen" of a person,
// "Commission" of an organisation), or "".
func (a *article) endingWith(typ, tail string) string {
	return a.onlyEntity(func(_ string, e *Entity) bool { return e.Type == typ && hasSuffixFold(e.Name, " "+tail) })
}

// onlyEntity returns the one entity named so far in the article that fits,
// or "" when none or several do.
func (a *article) onlyEntity(fits func(id string, e *Entity) bool) string {
	found := ""
	for _, id := range a.order {
		if fits(id, a.ents[id]) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// personEndingWith finds the one person named so far in the run whose
// name ends with the given words, or "".
func (x *Extractor) personEndingWith(tail string) string {
	found := ""
	for _, name := range x.personNames {
		if hasSuffixFold(name, " "+tail) && name != found {
			if found != "" {
				return ""
			}
			found = name
		}
	}
	return found
}

// entities lists the article's entities in a stable order.
func (a *article) entities() []Entity {
	out := make([]Entity, 0, len(a.order))
	for _, id := range a.order {
		e := *a.ents[id]
		if len(e.Aliases) == 0 {
			continue // known only from the run, never named here
		}
		e.Aliases = append([]string(nil), e.Aliases...)
		sort.Strings(e.Aliases)
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
