package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// GraphML writes g as GraphML. The graph is directed, subject to object;
// facts of symmetric types (ties, meetings, agreements...) say so in the
// symmetric attribute rather than with directed="false", which several
// readers refuse inside a directed graph.
func GraphML(w io.Writer, g *graph.Subgraph) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	// Every attribute is declared with its type, so tools read numbers as
	// numbers.
	for _, a := range nodeAttrs {
		fmt.Fprintf(&b, `  <key id="%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", a.name, a.name, a.typ)
	}
	for _, a := range edgeAttrs {
		fmt.Fprintf(&b, `  <key id="%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", a.name, a.name, a.typ)
	}
	b.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	for _, n := range sortedNodes(g) {
		fmt.Fprintf(&b, `    <node id="%s">`, esc(n.ID))
		for _, a := range nodeAttrs {
			data(&b, a.name, a.value(n))
		}
		b.WriteString("</node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(&b, `    <edge id="e%d" source="%s" target="%s">`, i, esc(e.Source), esc(e.Target))
		for _, a := range edgeAttrs {
			data(&b, a.name, a.value(e))
		}
		b.WriteString("</edge>\n")
	}
	b.WriteString("  </graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func data(b *strings.Builder, key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(b, `<data key="%s">%s</data>`, key, esc(v))
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
