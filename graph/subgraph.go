package graph

import (
	"context"
	"fmt"
	"sort"
)

// Node is an entity as exports show it.
type Node struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"` // Country, Person or Organization
	Name    string   `json:"name"`
	ISO3    string   `json:"iso3,omitempty"`
	Aliases []string `json:"aliases"`
}

// Edge is a fact between two entities with its aggregates.
type Edge struct {
	Source        string     `json:"source"`
	Target        string     `json:"target"`
	Type          string     `json:"type"`
	Symmetric     bool       `json:"symmetric"`
	Negated       bool       `json:"negated"`
	EvidenceCount int64      `json:"evidence_count"`
	ArticleCount  int64      `json:"article_count"`
	Modalities    []string   `json:"modalities"`
	FirstDate     string     `json:"first_date,omitempty"`
	LastDate      string     `json:"last_date,omitempty"`
	Confidence    float64    `json:"confidence"`
	Title         string     `json:"title,omitempty"`
	Evidence      []Sentence `json:"evidence,omitempty"`
}

// Sentence is one piece of evidence behind a fact.
type Sentence struct {
	Text     string `json:"sentence"`
	Date     string `json:"date,omitempty"`
	Modality string `json:"modality"`
	Article  string `json:"article"`
	Source   string `json:"source,omitempty"`
	URL      string `json:"url,omitempty"`
}

// ID names an edge uniquely within a graph.
func (e Edge) ID() string {
	neg := ""
	if e.Negated {
		neg = ":not"
	}
	return e.Source + "|" + e.Type + neg + "|" + e.Target
}

// Subgraph is a set of entities and the facts between them.
type Subgraph struct {
	Nodes []Node
	Edges []Edge
}

// FactKey selects one fact.
type FactKey struct {
	Subject, Type, Object string
	Negated               bool
}

// Selection says which part of the graph to fetch: nil IDs and Facts mean
// the whole graph; Facts limits edges to those facts, else every fact
// between the selected entities is taken.
type Selection struct {
	IDs      []string
	Facts    []FactKey
	Evidence bool // add the sentences behind each edge
}

const nodesCypher = `MATCH (e:Entity) WHERE $ids IS NULL OR e.id IN $ids
RETURN e.id AS id, e.type AS label, e.name AS name, e.iso3 AS iso3, e.aliases AS aliases ORDER BY id`

const edgesCypher = `MATCH (s:Entity)-[f]->(o:Entity)
WHERE f.evidence_count IS NOT NULL AND ($ids IS NULL OR (s.id IN $ids AND o.id IN $ids))
RETURN s.id AS source, o.id AS target, type(f) AS type, f.negated AS negated, f.evidence_count AS evidence_count,
       f.article_count AS article_count, f.modalities AS modalities, f.first_date AS first_date,
       f.last_date AS last_date, f.confidence AS confidence, f.title AS title
ORDER BY source, type, target, negated`

const edgeEvidenceCypher = `MATCH (a:Article)-[:STATES]->(v:Evidence)-[:SUBJECT]->(s:Entity), (v)-[:OBJECT]->(o:Entity)
WHERE $ids IS NULL OR (s.id IN $ids AND o.id IN $ids)
RETURN s.id AS source, o.id AS target, v.type AS type, v.negated AS negated, v.sentence AS sentence,
       v.date AS date, v.modality AS modality, a.title AS article, a.source AS src, a.url AS url
ORDER BY source, type, target, date, sentence`

// Subgraph fetches the selected entities and facts, in a stable order.
func (c *Client) Subgraph(ctx context.Context, sel Selection, symmetric func(string) bool) (*Subgraph, error) {
	var ids any
	if sel.IDs != nil || sel.Facts != nil {
		set := map[string]bool{}
		for _, id := range sel.IDs {
			set[id] = true
		}
		for _, f := range sel.Facts {
			set[f.Subject], set[f.Object] = true, true
		}
		list := make([]string, 0, len(set))
		for id := range set {
			list = append(list, id)
		}
		sort.Strings(list)
		ids = list
	}
	params := map[string]any{"ids": ids}
	_, rows, err := c.Read(ctx, nodesCypher, params)
	if err != nil {
		return nil, fmt.Errorf("export nodes: %v", err)
	}
	g := &Subgraph{}
	for _, r := range rows {
		g.Nodes = append(g.Nodes, Node{ID: str(r["id"]), Label: str(r["label"]), Name: str(r["name"]),
			ISO3: str(r["iso3"]), Aliases: strs(r["aliases"])})
	}
	_, rows, err = c.Read(ctx, edgesCypher, params)
	if err != nil {
		return nil, fmt.Errorf("export facts: %v", err)
	}
	want := map[FactKey]bool{}
	for _, f := range sel.Facts {
		want[f] = true
	}
	index := map[FactKey]int{}
	for _, r := range rows {
		k := FactKey{str(r["source"]), str(r["type"]), str(r["target"]), r["negated"] == true}
		if len(want) > 0 && !want[k] {
			continue
		}
		conf, _ := r["confidence"].(float64)
		index[k] = len(g.Edges)
		g.Edges = append(g.Edges, Edge{Source: k.Subject, Target: k.Object, Type: k.Type, Symmetric: symmetric(k.Type),
			Negated: k.Negated, EvidenceCount: num(r["evidence_count"]), ArticleCount: num(r["article_count"]),
			Modalities: strs(r["modalities"]), FirstDate: str(r["first_date"]), LastDate: str(r["last_date"]),
			Confidence: conf, Title: str(r["title"])})
	}
	if !sel.Evidence {
		return g, nil
	}
	_, rows, err = c.Read(ctx, edgeEvidenceCypher, params)
	if err != nil {
		return nil, fmt.Errorf("export evidence: %v", err)
	}
	for _, r := range rows {
		k := FactKey{str(r["source"]), str(r["type"]), str(r["target"]), r["negated"] == true}
		i, ok := index[k]
		if !ok {
			continue
		}
		g.Edges[i].Evidence = append(g.Edges[i].Evidence, Sentence{Text: str(r["sentence"]), Date: str(r["date"]),
			Modality: str(r["modality"]), Article: str(r["article"]), Source: str(r["src"]), URL: str(r["url"])})
	}
	return g, nil
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		out = append(out, str(x))
	}
	return out
}

func num(v any) int64 {
	n, _ := v.(int64)
	return n
}
