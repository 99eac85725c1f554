package extract

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"slices"
	"strings"
)

//go:embed data/*
var dataFS embed.FS

// countryInfo is one state from data/countries.tsv.
type countryInfo struct {
	iso3, name string
	official   string // "Kingdom of Saudi Arabia"
	id         string // its entity id
}

// OrgSpec is a user-supplied organisation (config.yaml extract.organizations).
type OrgSpec struct {
	Name    string   `mapstructure:"name"`
	Aliases []string `mapstructure:"aliases"`
	Country string   `mapstructure:"country"` // iso3 of its seat, optional
	// Descriptions are words that stand for it after "the": "bloc" for
	// the European Union, "alliance" for NATO. Optional.
	Descriptions []string `mapstructure:"descriptions"`
	// Cities are the cities whose name stands for it in an article that
	// names it and does not otherwise name the city's state: "Brussels"
	// for the European Union. Optional.
	Cities []string `mapstructure:"cities"`
}

// Options extend the embedded dictionaries.
type Options struct {
	// Aliases maps a surface form to a canonical entity: an ISO 3166 alpha-3
	// code for a country ("Kyiv": "UKR") or an organisation or person name.
	Aliases       map[string]string
	Organizations []OrgSpec
	// NeverMerge lists groups of names that must stay separate entities
	// even where a short form would join them.
	NeverMerge  [][]string
	NotEntities []string
	// OrgHeads are extra words that end or open an organisation's name
	// ("Directorate"), as in data/org_heads.txt.
	OrgHeads []string
	// Places are extra names of cities and regions that are never states.
	Places []string
	// Titles are extra office words that introduce a person ("ombudsman"),
	// as the head titles of data/titles.tsv.
	Titles []string
	// Triggers are extra lexicon lines in the syntax of data/triggers.tsv.
	Triggers []string
}

// lexicon is every dictionary extraction uses, loaded once.
type lexicon struct {
	countries    map[string]countryInfo // iso3 -> info
	countryForm  map[string][]string    // surface -> iso3 candidates (first preferred)
	demonyms     map[string]bool        // surface forms that are demonyms
	orgForm      map[string]string      // surface -> canonical org name
	orgSeat      map[string]string      // canonical org -> iso3
	orgDescribed map[string][]string    // "bloc" -> the organisations it may stand for
	cityBodies   map[string][]string    // "Brussels" -> the organisations it may stand for
	personForm   map[string]string      // user alias -> canonical person name
	personKeyed  map[string]string      // normKey of a listed full name -> the name
	personState  map[string]string      // listed person -> iso3 of the state whose offices he holds, "" none
	heads        map[string]bool        // organisation head words
	titleKind    map[string]string      // lower-case word -> head|desc|mod
	notEntity    map[string]bool
	documents    map[string]bool // words that end names of documents and built works ("Treaty", "Dam")
	capitalCity  map[string]bool // capitals as countries.tsv names them
	places       map[string]bool
	common       map[string]bool
	neverMerge   map[string]bool // normalised names that never absorb short forms
	maxWords     int
	// spans: the first word of each name of several words -> the most
	// words a name opening with it has (up to maxWords).
	spans map[string]int
	// forms: which of the tables of names above hold a string (formPlace
	// ...), so that a string in none costs one look-up.
	forms  map[string]uint8
	rules  []*rule
	filter *ruleFilter // which rules a sentence's words allow
}

func readLines(name string) ([]string, error) {
	raw, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func loadLexicon(opts Options) (*lexicon, error) {
	lx := &lexicon{
		countries: map[string]countryInfo{}, countryForm: map[string][]string{}, demonyms: map[string]bool{},
		orgForm: map[string]string{}, orgSeat: map[string]string{}, orgDescribed: map[string][]string{}, cityBodies: map[string][]string{}, personForm: map[string]string{}, personKeyed: map[string]string{}, personState: map[string]string{},
		heads: map[string]bool{}, titleKind: map[string]string{}, notEntity: map[string]bool{}, documents: map[string]bool{}, capitalCity: map[string]bool{},
		places: map[string]bool{}, common: map[string]bool{}, neverMerge: map[string]bool{},
	}
	lines, err := readLines("countries.tsv")
	if err != nil {
		return nil, err
	}
	stateNames := map[string]bool{} // common and official names of states
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("data/countries.tsv: bad line %q", l)
		}
		iso := f[0]
		lx.countries[iso] = countryInfo{iso3: iso, name: f[1], official: f[2], id: entityID(Country, iso)}
		lx.addCountry(f[1], iso)
		lx.addCountry(f[2], iso)
		stateNames[f[1]], stateNames[f[2]] = true, true
		for _, a := range splitList(f[3]) {
			lx.addCountry(a, iso)
		}
		for _, d := range splitList(f[4]) {
			lx.addDemonym(d, iso)
		}
		for _, c := range splitList(f[5]) {
			lx.addCountry(c, iso)
			lx.capitalCity[c] = true
		}
	}
	if lines, err = readLines("country_aliases.tsv"); err != nil {
		return nil, err
	}
	var aliases []string // the state names of country_aliases.tsv
	for _, l := range lines {
		f := strings.SplitN(l, "\t", 2)
		if len(f) != 2 {
			continue
		}
		for _, a := range splitList(f[1]) {
			if d, ok := strings.CutPrefix(a, "@"); ok {
				// "@Philippine": an adjective of the state, and the state it
				// stands for first where two share it ("Dominican")
				lx.addDemonym(d, f[0])
				for _, form := range []string{d, d + "s"} {
					if len(lx.countryForm[form]) > 1 {
						lx.preferCountry(form, f[0])
					}
				}
				continue
			}
			lx.preferCountry(a, f[0])
			aliases = append(aliases, a)
		}
	}
	if lines, err = readLines("organizations.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		spec := OrgSpec{Name: f[0]}
		if len(f) > 1 {
			spec.Aliases = splitList(f[1])
		}
		if len(f) > 2 {
			spec.Country = strings.TrimSpace(f[2])
		}
		if len(f) > 3 {
			spec.Descriptions = splitList(f[3])
		}
		if len(f) > 4 {
			spec.Cities = splitList(f[4])
		}
		lx.addOrg(spec)
	}
	for _, o := range opts.Organizations {
		lx.addOrg(o)
	}
	for _, file := range []struct {
		name string
		set  map[string]bool
	}{{"org_heads.txt", lx.heads}, {"nonentities.txt", lx.notEntity}, {"documents.txt", lx.documents}, {"works.txt", lx.documents}, {"common_words.txt", lx.common}} {
		if lines, err = readLines(file.name); err != nil {
			return nil, err
		}
		for _, l := range lines {
			file.set[strings.TrimSpace(l)] = true
		}
	}
	for n := range lx.documents {
		lx.notEntity[n] = true
	}
	for _, n := range opts.NotEntities {
		lx.notEntity[n] = true
	}
	for _, h := range opts.OrgHeads {
		lx.heads[h] = true
	}
	if lines, err = readLines("places.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		f := strings.SplitN(l, "\t", 2)
		// A province named after its capital ("Lima", "Oslo"): the name
		// stands for the state, as capitals do.
		if len(f) == 2 && slices.Contains(lx.countryForm[f[0]], strings.TrimSpace(f[1])) {
			continue
		}
		// A province named like a state ("Niger" in Nigeria): the state.
		if stateNames[f[0]] {
			continue
		}
		lx.places[f[0]] = true
	}
	for _, a := range aliases {
		if lx.places[a] {
			// "La Paz", Bolivia's seat of government and a province of
			// Honduras: the state where the article names it, as a capital.
			lx.capitalCity[a] = true
		}
	}
	if lines, err = readLines("territories.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		lx.places[strings.SplitN(l, "\t", 2)[0]] = true
	}
	for _, p := range opts.Places {
		lx.places[p] = true
	}
	if lines, err = readLines("titles.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) == 2 {
			lx.titleKind[f[0]] = f[1]
		}
	}
	for _, t := range opts.Titles {
		lx.titleKind[strings.ToLower(t)] = "head"
	}
	if lines, err = readLines("people.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		name := f[0]
		lx.personForm[name] = name
		lx.personKeyed[normKey(name)] = name
		lx.personKeyed[withoutArticle(normKey(name))] = name
		if len(f) > 1 {
			for _, s := range splitList(f[1]) {
				lx.personForm[s] = name
			}
		}
		if len(f) > 2 {
			lx.personState[name] = strings.TrimSpace(f[2])
		}
	}
	lx.spokenAcronyms()
	for surface, target := range opts.Aliases {
		switch {
		case lx.countries[strings.ToUpper(target)].iso3 != "":
			lx.preferCountry(surface, strings.ToUpper(target))
		case lx.orgForm[target] != "":
			lx.orgForm[surface] = lx.orgForm[target]
		default:
			lx.personForm[surface] = target
			lx.personKeyed[normKey(target)] = target
		}
	}
	if lines, err = readLines("cities.tsv"); err != nil {
		return nil, err
	}
	for _, l := range lines {
		// A capital stands for its state ("Buenos Aires said"), even where
		// a town elsewhere shares its name; a listed body or person keeps
		// its name too ("White House" is also a town's).
		name, _, _ := strings.Cut(l, "\t")
		if len(lx.countryForm[name]) == 0 && !stateNames[name] && lx.orgForm[name] == "" && lx.personForm[name] == "" && lx.personKeyed[normKey(name)] == "" {
			lx.places[name] = true
		}
	}
	for _, group := range opts.NeverMerge {
		for _, n := range group {
			lx.neverMerge[normKey(n)] = true
		}
	}
	lx.indexSpans()
	if lx.rules, lx.filter, err = loadRules(opts.Triggers); err != nil {
		return nil, err
	}
	return lx, nil
}

// The tables a name may be in, as bits of lexicon.forms.
const (
	formNotEntity = 1 << iota
	formPlace
	formCountry
	formOrg
	formPerson
)

// indexSpans fills maxWords, spans and forms from every table that names
// are looked up in. maxWords counts the names of states, bodies and people
// only.
func (lx *lexicon) indexSpans() {
	lx.spans, lx.forms = map[string]int{}, map[string]uint8{}
	note := func(name string, form uint8) {
		lx.forms[name] |= form
		toks := tokenize(name)
		if form&(formCountry|formOrg|formPerson) != 0 {
			lx.maxWords = max(lx.maxWords, len(toks))
		}
		if n := len(toks); n > 1 && n > lx.spans[toks[0].text] {
			lx.spans[toks[0].text] = n
		}
	}
	for k, isos := range lx.countryForm {
		if len(isos) > 0 {
			note(k, formCountry)
		}
	}
	for k := range lx.orgForm {
		note(k, formOrg)
	}
	for k := range lx.personForm {
		note(k, formPerson)
	}
	for k, ok := range lx.notEntity {
		if ok {
			note(k, formNotEntity)
		}
	}
	for k, ok := range lx.places {
		if ok {
			note(k, formPlace)
		}
	}
	// No name is looked up past maxWords words.
	for w, n := range lx.spans {
		lx.spans[w] = min(n, lx.maxWords)
	}
}

// longest is the most words of a known name that may open at token k of
// s: one unless the word opens a name of several. A word with other than
// ASCII letters may open a name spelt with or without accents, so it is
// given every length.
func (lx *lexicon) longest(s *sentence, k int) int {
	w := s.text[s.tokens[k].start:s.tokens[k].end]
	if !isASCII(w) {
		return lx.maxWords
	}
	return max(1, lx.spans[w])
}

func (lx *lexicon) addCountry(surface, iso string) {
	if surface == "" {
		return
	}
	for _, x := range lx.countryForm[surface] {
		if x == iso {
			return
		}
	}
	lx.countryForm[surface] = append(lx.countryForm[surface], iso)
	// "Bogota" as many outlets write "Bogotá".
	if plain := stripAccents(surface); plain != surface {
		lx.addCountry(plain, iso)
	}
}

// preferCountry puts iso first for surface.
func (lx *lexicon) preferCountry(surface, iso string) {
	cur := lx.countryForm[surface]
	out := []string{iso}
	for _, x := range cur {
		if x != iso {
			out = append(out, x)
		}
	}
	lx.countryForm[surface] = out
}

func (lx *lexicon) addDemonym(d, iso string) {
	lx.addCountry(d, iso)
	lx.demonyms[d] = true
	plural := d + "s"
	if len(lx.countryForm[plural]) > 0 && !lx.demonyms[plural] {
		return // "Philippines" is the state's name, not its people
	}
	if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "ese") && !strings.HasSuffix(d, "sh") && !strings.HasSuffix(d, "ch") {
		lx.addCountry(plural, iso) // "Afghans", "Americans"
		lx.demonyms[plural] = true
	}
}

func (lx *lexicon) addOrg(o OrgSpec) {
	if o.Name == "" {
		return
	}
	for _, a := range append([]string{o.Name}, o.Aliases...) {
		lx.orgForm[a] = o.Name
		// "Medecins Sans Frontieres": the name as written without its
		// accents, unless that is another body's name.
		if plain := stripAccents(a); plain != a {
			if _, taken := lx.orgForm[plain]; !taken {
				lx.orgForm[plain] = o.Name
			}
		}
	}
	if o.Country != "" {
		lx.orgSeat[o.Name] = strings.ToUpper(o.Country)
	}
	for _, d := range o.Descriptions {
		d = strings.ToLower(strings.TrimSpace(d))
		lx.orgDescribed[d] = append(lx.orgDescribed[d], o.Name)
	}
	for _, c := range o.Cities {
		c = strings.TrimSpace(c)
		lx.cityBodies[c] = append(lx.cityBodies[c], o.Name)
	}
}

// spokenAcronyms adds the form British and Asian outlets write acronyms
// said as words in: "Nato", "Asean", "Opec" for NATO, ASEAN, OPEC. Only
// acronyms of four letters or more, and none that spells an English word
// ("SWIFT"), which in that case would be the word.
func (lx *lexicon) spokenAcronyms() {
	added := map[string]string{}
	for form, name := range lx.orgForm {
		if len(form) < 4 || strings.IndexFunc(form, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			continue
		}
		lower := strings.ToLower(form)
		if lx.common[lower] {
			continue
		}
		if title := form[:1] + lower[1:]; lx.orgForm[title] == "" {
			added[title] = name
		}
	}
	maps.Copy(lx.orgForm, added)
}

// ordinaryWords reports a name made only of ordinary English words and
// organisation heads ("Security Council").
func (lx *lexicon) ordinaryWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !lx.common[strings.ToLower(w)] && !lx.heads[w] {
			return false
		}
	}
	return true
}

// withoutArticle drops the Arabic article inside a folded name, "abdel
// fattah al burhan" becoming "abdel fattah burhan", as many outlets write
// it; a name that opens with it ("al gore") keeps it.
func withoutArticle(key string) string {
	if !strings.Contains(key, " al ") && !strings.Contains(key, " el ") {
		return key
	}
	f := strings.Fields(key)
	out := f[:1]
	for _, w := range f[1:] {
		if w != "al" && w != "el" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
