// Package export writes a newsgraph subgraph in the formats graph tools
// read: GraphML (Gephi, yEd, Cytoscape), GEXF (Gephi, with time intervals),
// DOT (Graphviz), Cytoscape.js JSON, and the CSV layout of
// `neo4j-admin database import` for bulk loading.
package export

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Formats lists the single-file formats Write takes; csv writes a folder
// (see WriteCSV).
var Formats = []string{"graphml", "gexf", "dot", "cytoscape"}

// Write writes g in one of Formats.
func Write(w io.Writer, format string, g *graph.Subgraph) error {
	switch format {
	case "graphml":
		return GraphML(w, g)
	case "gexf":
		return GEXF(w, g)
	case "dot":
		return DOT(w, g)
	case "cytoscape":
		return Cytoscape(w, g)
	}
	return fmt.Errorf("unknown export format %q (use %s or csv)", format, strings.Join(Formats, ", "))
}

// attr is one attribute of a node or an edge as GraphML and GEXF declare
// and write it. gexf is false for what GEXF carries otherwise: a node's
// name is its label there, an edge's dates its time interval.
type attr[T any] struct {
	name, typ string // typ in GraphML's words: string, boolean, int, double
	gexf      bool
	value     func(T) string
}

var nodeAttrs = []attr[graph.Node]{
	{"label", "string", true, func(n graph.Node) string { return n.Label }},
	{"name", "string", false, func(n graph.Node) string { return n.Name }},
	{"iso3", "string", true, func(n graph.Node) string { return n.ISO3 }},
	{"aliases", "string", true, func(n graph.Node) string { return strings.Join(n.Aliases, "; ") }},
}

var edgeAttrs = []attr[graph.Edge]{
	{"type", "string", true, func(e graph.Edge) string { return e.Type }},
	{"symmetric", "boolean", true, func(e graph.Edge) string { return strconv.FormatBool(e.Symmetric) }},
	{"negated", "boolean", true, func(e graph.Edge) string { return strconv.FormatBool(e.Negated) }},
	{"evidence_count", "int", true, func(e graph.Edge) string { return strconv.FormatInt(e.EvidenceCount, 10) }},
	{"article_count", "int", true, func(e graph.Edge) string { return strconv.FormatInt(e.ArticleCount, 10) }},
	{"modalities", "string", true, func(e graph.Edge) string { return strings.Join(e.Modalities, ", ") }},
	{"first_date", "string", false, func(e graph.Edge) string { return e.FirstDate }},
	{"last_date", "string", false, func(e graph.Edge) string { return e.LastDate }},
	{"confidence", "double", true, func(e graph.Edge) string { return strconv.FormatFloat(e.Confidence, 'f', -1, 64) }},
	{"title", "string", true, func(e graph.Edge) string { return e.Title }},
	{"evidence", "string", true, evidenceText},
}

// Colours per label, shared by DOT, the viewer and the Browser style.
var Colours = map[string]string{"Country": "#4C8EDA", "Person": "#F79767", "Organization": "#57C7A3"}

// dateRange is the first and last date of an edge, either side filled from
// the other when only one is known.
func dateRange(e graph.Edge) (string, string) {
	a, b := e.FirstDate, e.LastDate
	if a == "" {
		a = b
	}
	if b == "" {
		b = a
	}
	return a, b
}

func evidenceText(e graph.Edge) string {
	var parts []string
	for _, s := range e.Evidence {
		p := s.Text
		if s.Article != "" {
			p += " [" + s.Article
			if s.Source != "" {
				p += ", " + s.Source
			}
			if s.Date != "" {
				p += ", " + s.Date
			}
			p += "]"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "\n")
}

// sortedNodes returns the nodes by id, so output is stable.
func sortedNodes(g *graph.Subgraph) []graph.Node {
	ns := append([]graph.Node(nil), g.Nodes...)
	sort.Slice(ns, func(i, j int) bool { return ns[i].ID < ns[j].ID })
	return ns
}
