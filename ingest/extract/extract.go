package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Extractor finds entities and relations. It remembers the people named in
// earlier articles of a run, so that a surname alone in a later article
// resolves to the same person; Extract is safe for concurrent use but the
// result then depends on the order articles arrive in, so callers that need
// byte-identical output call it in input order.
type Extractor struct {
	lx *lexicon

	mu          sync.Mutex
	personNames map[string]string   // normKey -> canonical person name
	orgNames    map[string]string   // normKey -> canonical org name
	short       map[string][]string // first or last word -> full names
	roles       map[string]string   // roleKey -> person id, offices named in the run
	ids         map[idKey]string    // entityID's answers, computed once a run
}

type idKey struct{ typ, key string }

// id is entityID, remembered: the same names come back in every sentence
// and article.
func (x *Extractor) id(typ, key string) string {
	k := idKey{typ, key}
	if id, ok := x.ids[k]; ok {
		return id
	}
	id := entityID(typ, key)
	x.ids[k] = id
	return id
}

// New loads the embedded dictionaries extended by opts.
func New(opts Options) (*Extractor, error) {
	lx, err := loadLexicon(opts)
	if err != nil {
		return nil, err
	}
	return newRun(lx), nil
}

// newRun returns an extractor over a loaded lexicon that remembers no
// names yet.
func newRun(lx *lexicon) *Extractor {
	return &Extractor{lx: lx, personNames: map[string]string{}, orgNames: map[string]string{}, short: map[string][]string{}, roles: map[string]string{}, ids: map[idKey]string{}}
}

func (x *Extractor) noteShort(word, full string) {
	for _, n := range x.short[word] {
		if n == full {
			return
		}
	}
	x.short[word] = append(x.short[word], full)
}

// wireLabel is a news agency's label glued to a headline: "EXCLUSIVE-",
// "UPDATE 2-", "ANALYSIS-".
var wireLabel = regexp.MustCompile(`^(?:EXCLUSIVE|UPDATE(?: \d+)?|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|WRAPUP(?: \d+)?|REFILE|CORRECTED|POLL|INTERVIEW|BREAKINGVIEWS|FOCUS)-`)

// capsDateline is a dateline in capitals opening a paragraph, with its
// date and agency if any, up to the dash after it.
var capsDateline = regexp.MustCompile(`^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?(?: \d{1,2})?)?(?: \([A-Z][A-Za-z]+\))? (?:—|–|--?|//) +`)

// dateline is the place an article's first paragraph opens with:
// "VILNIUS –", "ISLAMABAD:", "Manila, Philippines –", "WASHINGTON (AP) —",
// "ABU DHABI //".
var dateline = regexp.MustCompile(`^([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2})(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?(?: \([A-Za-z ]+\))? ?(?::|—|–|--?|//) `)

// datelineState is the state whose capital text is datelined in, or "".
func datelineState(a *article, text string) string {
	text = strings.TrimSpace(text)
	if line, _, ok := strings.Cut(text, "\n"); ok && !dateline.MatchString(line) && len(strings.Fields(line)) <= 3 {
		// a dateline alone on its line ("ANKARA") before the paragraph
		text = strings.TrimSpace(line) + " — "
	}
	m := dateline.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	place := m[1]
	if strings.ToUpper(place) == place {
		place = titleCase(strings.ToLower(place))
	}
	if !a.x.lx.capitalCity[place] {
		return ""
	}
	return a.countryFor(place)
}

// Extract runs entity and relation extraction over one article.
func (x *Extractor) Extract(d Doc) Result {
	x.mu.Lock()
	defer x.mu.Unlock()
	sents := make([]*sentence, 0, 32)
	if d.Title != "" {
		// "EXCLUSIVE-Nigeria rejects ...": the wire's label is no name.
		title := d.Title
		if loc := wireLabel.FindStringIndex(title); loc != nil {
			title = title[loc[1]:]
		}
		sents = append(sents, &sentence{text: title, tokens: tokenize(title), title: true})
	}
	for _, s := range splitSentences(d.Text) {
		if loc := capsDateline.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			// "BAMAKO — Mali's government expelled ...": the dateline
			// names a place; the sentence starts after it.
			place := strings.TrimSpace(s[:loc[1]])
			sents = append(sents, &sentence{text: place, tokens: tokenize(place)})
			s = s[loc[1]:]
		}
		sents = append(sents, &sentence{text: s, tokens: tokenize(s)})
	}
	// Pass one learns the article's names and short forms; pass two reads
	// every sentence again with all of them known.
	first := newArticle(x)
	for _, s := range sents {
		first.sentenceMentions(s)
	}
	a := newArticle(x)
	a.datelineState = datelineState(first, d.Text)
	a.acronyms = first.acronyms
	a.pendingInitials = first.pendingInitials
	a.earlier = first
	var rels []Relation
	var prev []mention
	for _, s := range sents {
		ms := a.sentenceMentions(s)
		slices.SortStableFunc(ms, byStart)
		rs := a.relations(s, ms, prev, d.Published)
		if s.title {
			a.headlineStates = distinctStates(ms, true)
		}
		a.noteRoles(rs)
		rels = append(rels, rs...)
		a.noteMentions(ms)
		if len(ms) > 0 {
			prev, a.prevSentence, a.prevRelations = ms, s, rs
		}
	}
	return Result{Entities: a.entities(), Relations: dedupeRelations(rels)}
}

// dedupeRelations keeps the first statement of each (type, subject, object,
// modality, evidence) and orders them by evidence position.
func dedupeRelations(rs []Relation) []Relation {
	seen := map[[5]string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := [5]string{r.Type, r.Subject, r.Object, r.Modality, r.Evidence}
		if seen[k] || r.Subject == r.Object {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}
