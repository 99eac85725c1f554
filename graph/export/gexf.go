package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// GEXF writes g as GEXF 1.3 in dynamic mode: each edge lives from its
// first to its last date, so Gephi's timeline shows facts appear. As in
// GraphML, symmetric facts are marked by an attribute, not an undirected
// edge inside the directed graph.
func GEXF(w io.Writer, g *graph.Subgraph) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">` + "\n")
	b.WriteString("  <meta><creator>newsgraph</creator><description>entities and facts from news articles</description></meta>\n")
	b.WriteString(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">` + "\n")
	declareGEXF(&b, "node", nodeAttrs)
	declareGEXF(&b, "edge", edgeAttrs)
	b.WriteString("    <nodes>\n")
	for _, n := range sortedNodes(g) {
		fmt.Fprintf(&b, `      <node id="%s" label="%s"><attvalues>`, esc(n.ID), esc(n.Name))
		attValues(&b, nodeAttrs, n)
		fmt.Fprintf(&b, `</attvalues>%s</node>`+"\n", vizColour(n.Label))
	}
	b.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range g.Edges {
		span := ""
		if first, last := dateRange(e); first != "" {
			span = fmt.Sprintf(` start="%s" end="%s"`, first, last)
		}
		fmt.Fprintf(&b, `      <edge id="e%d" source="%s" target="%s" label="%s" weight="%d"%s><attvalues>`,
			i, esc(e.Source), esc(e.Target), esc(e.Type), max(e.EvidenceCount, 1), span)
		attValues(&b, edgeAttrs, e)
		b.WriteString("</attvalues></edge>\n")
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// declareGEXF writes the attribute declarations of one class.
func declareGEXF[T any](b *strings.Builder, class string, attrs []attr[T]) {
	fmt.Fprintf(b, "    <attributes class=%q>\n", class)
	for _, a := range attrs {
		if !a.gexf {
			continue
		}
		typ := a.typ
		if typ == "int" {
			typ = "integer"
		}
		fmt.Fprintf(b, `      <attribute id="%s" title="%s" type="%s"/>`+"\n", a.name, a.name, typ)
	}
	b.WriteString("    </attributes>\n")
}

// attValues writes the non-empty attribute values of one node or edge.
func attValues[T any](b *strings.Builder, attrs []attr[T], x T) {
	for _, a := range attrs {
		if !a.gexf {
			continue
		}
		if v := a.value(x); v != "" {
			fmt.Fprintf(b, `<attvalue for="%s" value="%s"/>`, a.name, escAttr(v))
		}
	}
}

var controlChars = strings.NewReplacer("\n", "&#10;", "\r", "&#13;", "\t", "&#9;")

func escAttr(s string) string { return controlChars.Replace(esc(s)) }

func vizColour(label string) string {
	c := Colours[label]
	if len(c) != 7 {
		return ""
	}
	r, _ := strconv.ParseUint(c[1:3], 16, 8)
	g, _ := strconv.ParseUint(c[3:5], 16, 8)
	bl, _ := strconv.ParseUint(c[5:7], 16, 8)
	return fmt.Sprintf(`<viz:color r="%d" g="%d" b="%d"/>`, r, g, bl)
}
