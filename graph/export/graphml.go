package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// graphmlKeys declares every attribute with its GraphML type, so tools
// read numbers as numbers.
var graphmlKeys = []struct{ id, domain, name, typ string }{
	{"label", "node", "label", "string"},
	{"name", "node", "name", "string"},
	{"iso3", "node", "iso3", "string"},
	{"aliases", "node", "aliases", "string"},
	{"type", "edge", "type", "string"},
	{"symmetric", "edge", "symmetric", "boolean"},
	{"negated", "edge", "negated", "boolean"},
	{"evidence_count", "edge", "evidence_count", "int"},
	{"article_count", "edge", "article_count", "int"},
	{"modalities", "edge", "modalities", "string"},
	{"first_date", "edge", "first_date", "string"},
	{"last_date", "edge", "last_date", "string"},
	{"confidence", "edge", "confidence", "double"},
	{"title", "edge", "title", "string"},
	{"evidence", "edge", "evidence", "string"},
}

// GraphML writes g as GraphML. The graph is directed, subject to object;
// facts of symmetric types (ties, meetings, agreements...) say so in the
// symmetric attribute rather than with directed="false", which several
// readers refuse inside a directed graph.
func GraphML(w io.Writer, g *graph.Subgraph) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlKeys {
		fmt.Fprintf(&b, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.domain, k.name, k.typ)
	}
	b.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	for _, n := range sortedNodes(g) {
		fmt.Fprintf(&b, `    <node id="%s">`, esc(n.ID))
		data(&b, "label", n.Label)
		data(&b, "name", n.Name)
		data(&b, "iso3", n.ISO3)
		data(&b, "aliases", strings.Join(n.Aliases, "; "))
		b.WriteString("</node>\n")
	}
	for i, e := range g.Edges {
		fmt.Fprintf(&b, `    <edge id="e%d" source="%s" target="%s">`, i, esc(e.Source), esc(e.Target))
		data(&b, "type", e.Type)
		data(&b, "symmetric", strconv.FormatBool(e.Symmetric))
		data(&b, "negated", strconv.FormatBool(e.Negated))
		data(&b, "evidence_count", strconv.FormatInt(e.EvidenceCount, 10))
		data(&b, "article_count", strconv.FormatInt(e.ArticleCount, 10))
		data(&b, "modalities", strings.Join(e.Modalities, ", "))
		data(&b, "first_date", e.FirstDate)
		data(&b, "last_date", e.LastDate)
		data(&b, "confidence", strconv.FormatFloat(e.Confidence, 'f', -1, 64))
		data(&b, "title", e.Title)
		data(&b, "evidence", evidenceText(e))
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
