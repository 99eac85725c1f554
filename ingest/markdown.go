package ingest

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdownToText turns a Markdown article into the plain text the text
// reader takes: one line per heading, paragraph or list item, with the
// markup (emphasis, links, images, code fences) gone.
func markdownToText(raw []byte) []byte {
	doc := goldmark.DefaultParser().Parse(text.NewReader(raw))
	var out bytes.Buffer
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		writeBlock(&out, n, raw)
	}
	return out.Bytes()
}

func writeBlock(out *bytes.Buffer, n ast.Node, src []byte) {
	switch n.Kind() {
	case ast.KindHeading, ast.KindParagraph, ast.KindTextBlock:
		if s := strings.TrimSpace(inlineText(n, src)); s != "" {
			out.WriteString(s)
			out.WriteString("\n\n")
		}
	case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
		// not article prose
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			writeBlock(out, c, src)
		}
	}
}

func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for k := t.FirstChild(); k != nil; k = k.NextSibling() {
				if tx, ok := k.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
