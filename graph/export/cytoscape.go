package export

import (
	"encoding/json"
	"io"

	"github.com/newsgraph/newsgraph/graph"
)

// CyElements is the Cytoscape.js elements JSON of a graph.
type CyElements struct {
	Nodes []CyElement `json:"nodes"`
	Edges []CyElement `json:"edges"`
}

// CyElement is one node or edge with its data.
type CyElement struct {
	Data map[string]any `json:"data"`
}

// Elements converts g to Cytoscape.js elements.
func Elements(g *graph.Subgraph) CyElements {
	out := CyElements{Nodes: []CyElement{}, Edges: []CyElement{}}
	for _, n := range sortedNodes(g) {
		out.Nodes = append(out.Nodes, CyElement{Data: map[string]any{"id": n.ID, "label": n.Label,
			"name": n.Name, "iso3": n.ISO3, "aliases": n.Aliases}})
	}
	for _, e := range g.Edges {
		first, last := dateRange(e)
		ev := e.Evidence
		if ev == nil {
			ev = []graph.Sentence{}
		}
		out.Edges = append(out.Edges, CyElement{Data: map[string]any{"id": e.ID(), "source": e.Source,
			"target": e.Target, "type": e.Type, "symmetric": e.Symmetric, "negated": e.Negated,
			"evidence_count": e.EvidenceCount, "article_count": e.ArticleCount, "modalities": e.Modalities,
			"first_date": first, "last_date": last, "confidence": e.Confidence, "title": e.Title, "evidence": ev}})
	}
	return out
}

// Cytoscape writes g as Cytoscape.js JSON: {"elements": {"nodes": [...],
// "edges": [...]}}, which Cytoscape desktop imports as well.
func Cytoscape(w io.Writer, g *graph.Subgraph) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"elements": Elements(g)})
}
