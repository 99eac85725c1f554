// Package extract finds countries, people and organisations in an article
// and the typed relations between them, following the contract in the
// project's ontology: every relation has a trigger and both participants in
// one syntactic pattern of one sentence, and carries its modality, date,
// evidence sentence and the rule that produced it.
//
// Everything it knows (countries, organisations, titles, triggers) is data
// embedded from data/, extensible through Options.
package extract

// Entity types, as spelled in the ontology.
const (
	Country      = "Country"
	Person       = "Person"
	Organization = "Organization"
)

// Modalities, as spelled in the ontology.
const (
	Asserted = "asserted"
	Planned  = "planned"
	Alleged  = "alleged"
	Negated  = "negated"
)

// Entity is one real-world entity named in an article.
type Entity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	ISO3    string   `json:"iso3,omitempty"`
	Aliases []string `json:"aliases"`
}

// Relation is one statement of a typed relation between two entities.
type Relation struct {
	Type       string  `json:"type"`
	Subject    string  `json:"subject"`
	Object     string  `json:"object"`
	Modality   string  `json:"modality"`
	Date       string  `json:"date"`
	Confidence float64 `json:"confidence"`
	Evidence   string  `json:"evidence"`
	Title      string  `json:"title"`
	Rule       string  `json:"rule,omitempty"`
	Trigger    string  `json:"trigger,omitempty"`
}

// Doc is the input of one extraction: an article's text and metadata.
type Doc struct {
	Title     string
	Text      string
	Published string // ISO date, may be empty
}

// Result is what Extract finds in one Doc.
type Result struct {
	Entities  []Entity
	Relations []Relation
}
