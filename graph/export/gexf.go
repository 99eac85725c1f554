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
	b.WriteString(`    <attributes class="node">
      <attribute id="label" title="label" type="string"/>
      <attribute id="iso3" title="iso3" type="string"/>
      <attribute id="aliases" title="aliases" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="type" title="type" type="string"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
      <attribute id="negated" title="negated" type="boolean"/>
      <attribute id="evidence_count" title="evidence_count" type="integer"/>
      <attribute id="article_count" title="article_count" type="integer"/>
      <attribute id="modalities" title="modalities" type="string"/>
      <attribute id="confidence" title="confidence" type="double"/>
      <attribute id="title" title="title" type="string"/>
      <attribute id="evidence" title="evidence" type="string"/>
    </attributes>
`)
	b.WriteString("    <nodes>\n")
	for _, n := range sortedNodes(g) {
		fmt.Fprintf(&b, `      <node id="%s" label="%s"><attvalues>`, esc(n.ID), esc(n.Name))
		att(&b, "label", n.Label)
		att(&b, "iso3", n.ISO3)
		att(&b, "aliases", strings.Join(n.Aliases, "; "))
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
		att(&b, "type", e.Type)
		att(&b, "symmetric", strconv.FormatBool(e.Symmetric))
		att(&b, "negated", strconv.FormatBool(e.Negated))
		att(&b, "evidence_count", strconv.FormatInt(e.EvidenceCount, 10))
		att(&b, "article_count", strconv.FormatInt(e.ArticleCount, 10))
		att(&b, "modalities", strings.Join(e.Modalities, ", "))
		att(&b, "confidence", strconv.FormatFloat(e.Confidence, 'f', -1, 64))
		att(&b, "title", e.Title)
		att(&b, "evidence", evidenceText(e))
		b.WriteString("</attvalues></edge>\n")
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func att(b *strings.Builder, key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(b, `<attvalue for="%s" value="%s"/>`, key, escAttr(v))
}

func escAttr(s string) string {
	return strings.NewReplacer("\n", "&#10;", "\r", "&#13;", "\t", "&#9;").Replace(esc(s))
}

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
