package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// DOT writes g for Graphviz: nodes coloured by label, edges labelled by
// type, no arrowhead for symmetric types, dashed when negated.
func DOT(w io.Writer, g *graph.Subgraph) error {
	var b strings.Builder
	b.WriteString("digraph newsgraph {\n  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n")
	b.WriteString("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontcolor=\"white\"];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range sortedNodes(g) {
		fmt.Fprintf(&b, "  %s [label=%s, fillcolor=%s, tooltip=%s];\n", quote(n.ID), quote(n.Name),
			quote(colourOr(n.Label)), quote(n.Label))
	}
	for _, e := range g.Edges {
		attrs := []string{"label=" + quote(e.Type)}
		if e.Symmetric {
			attrs = append(attrs, "dir=none")
		}
		if e.Negated {
			attrs = append(attrs, "style=dashed", "label="+quote("NOT "+e.Type))
		}
		if e.EvidenceCount > 1 {
			attrs = append(attrs, fmt.Sprintf("penwidth=%d", min(e.EvidenceCount, 5)))
		}
		first, last := dateRange(e)
		attrs = append(attrs, "tooltip="+quote(strings.TrimSpace(fmt.Sprintf("%d evidence %s %s", e.EvidenceCount, first, last))))
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", quote(e.Source), quote(e.Target), strings.Join(attrs, ", "))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func colourOr(label string) string {
	if c, ok := Colours[label]; ok {
		return c
	}
	return "#888888"
}

// quote makes a DOT string literal.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
