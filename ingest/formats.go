package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/mmcdole/gofeed"
)

// ParseHTML extracts the main content of a web page with readability, and
// its title, canonical URL and publication date from the page's metadata.
func ParseHTML(path string, raw []byte, bp *Boilerplate) ([]Article, error) {
	lower := bytes.ToLower(raw)
	if !bytes.Contains(lower, []byte("</html>")) && !bytes.Contains(lower, []byte("</body>")) && !bytes.Contains(lower, []byte("</p>")) {
		return nil, errors.New("truncated or malformed HTML (no closing </html>, </body> or </p>)")
	}
	var base *url.URL
	art, err := readability.FromReader(bytes.NewReader(raw), base)
	if err != nil {
		return nil, fmt.Errorf("no readable article in the page: %v", err)
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil {
		return nil, fmt.Errorf("render page text: %v", err)
	}
	a := Article{
		File: path, Title: cleanTitle(art.Title()), Source: art.SiteName(),
		Text: joinBody(strings.Split(normaliseText(text.String()), "\n"), bp),
		URL:  canonicalLink(raw),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t.Format("2006-01-02")
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, errors.New("no article text in the page")
	}
	a.AssignID()
	return []Article{a}, nil
}

// canonicalLink finds <link rel="canonical" href="..."> or og:url.
func canonicalLink(raw []byte) string {
	s := string(raw)
	for _, marker := range []string{`rel="canonical"`, `property="og:url"`} {
		i := strings.Index(s, marker)
		if i < 0 {
			continue
		}
		tagStart := strings.LastIndex(s[:i], "<")
		tagEnd := strings.Index(s[i:], ">")
		if tagStart < 0 || tagEnd < 0 {
			continue
		}
		tag := s[tagStart : i+tagEnd]
		for _, attr := range []string{`href="`, `content="`} {
			if j := strings.Index(tag, attr); j >= 0 {
				rest := tag[j+len(attr):]
				if k := strings.IndexByte(rest, '"'); k > 0 {
					return rest[:k]
				}
			}
		}
	}
	return ""
}

// defaultFields lists the JSON keys tried for each article field.
var defaultFields = map[string][]string{
	"title":     {"title", "headline", "name"},
	"text":      {"text", "body", "content", "article", "description", "summary"},
	"url":       {"url", "link", "canonical_url", "href"},
	"source":    {"source", "publisher", "outlet", "site", "site_name"},
	"published": {"published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "time"},
}

// ParseJSON reads a JSON article, an array of them, an object holding an
// "articles" or "items" array, or JSON Lines.
func ParseJSON(path string, raw []byte, fields map[string]string, lines bool) ([]Article, error) {
	var objs []map[string]any
	if lines {
		for n, l := range bytes.Split(raw, []byte("\n")) {
			l = bytes.TrimSpace(l)
			if len(l) == 0 {
				continue
			}
			var o map[string]any
			if err := json.Unmarshal(l, &o); err != nil {
				return nil, fmt.Errorf("line %d: invalid JSON: %v", n+1, err)
			}
			objs = append(objs, o)
		}
	} else {
		var v any
		dec := json.NewDecoder(bytes.NewReader(raw))
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("invalid JSON: %v", jsonErr(raw, err))
		}
		switch t := v.(type) {
		case []any:
			objs = objects(t)
		case map[string]any:
			if arr, ok := t["articles"].([]any); ok {
				objs = objects(arr)
			} else if arr, ok := t["items"].([]any); ok {
				objs = objects(arr)
			} else {
				objs = []map[string]any{t}
			}
		default:
			return nil, errors.New("JSON holds neither an article object nor a list of them")
		}
	}
	var out []Article
	for _, o := range objs {
		a := Article{File: path}
		a.Title = cleanTitle(field(o, "title", fields))
		a.Text = strings.TrimSpace(normaliseText(field(o, "text", fields)))
		a.URL = field(o, "url", fields)
		a.Source = field(o, "source", fields)
		a.Published = isoDate(field(o, "published", fields))
		if a.Text == "" {
			continue
		}
		a.AssignID()
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, errors.New("no object with a text field (set ingest.json_fields.text to the key that holds it)")
	}
	return out, nil
}

func jsonErr(raw []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(raw[:min(int(se.Offset), len(raw))], []byte("\n"))
		return fmt.Errorf("line %d: %v", line, err)
	}
	return err
}

func objects(arr []any) []map[string]any {
	var out []map[string]any
	for _, x := range arr {
		if o, ok := x.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func field(o map[string]any, name string, mapping map[string]string) string {
	keys := defaultFields[name]
	if k, ok := mapping[name]; ok && k != "" {
		keys = []string{k}
	}
	for _, k := range keys {
		switch v := o[k].(type) {
		case string:
			if v != "" {
				return v
			}
		case map[string]any: // {"source": {"name": "..."}}
			if n, ok := v["name"].(string); ok {
				return n
			}
		}
	}
	return ""
}

// isoDate turns common date spellings into YYYY-MM-DD; unknown stays empty.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "January 2, 2006", "2 January 2006", "02-01-2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// ParseFeed reads an RSS or Atom feed, one article per item, from the
// item's content or else its description.
func ParseFeed(path string, raw []byte, bp *Boilerplate) ([]Article, error) {
	feed, err := gofeed.NewParser().ParseString(string(raw))
	if err != nil {
		return nil, fmt.Errorf("invalid feed: %v", err)
	}
	var out []Article
	for _, it := range feed.Items {
		body := it.Content
		if body == "" {
			body = it.Description
		}
		text := htmlText(body)
		if text == "" {
			continue
		}
		a := Article{File: path, Title: cleanTitle(it.Title), URL: it.Link, Source: feed.Title,
			Text: joinBody(strings.Split(normaliseText(text), "\n"), bp)}
		if it.PublishedParsed != nil {
			a.Published = it.PublishedParsed.Format("2006-01-02")
		} else if it.UpdatedParsed != nil {
			a.Published = it.UpdatedParsed.Format("2006-01-02")
		}
		a.AssignID()
		out = append(out, a)
	}
	return out, nil
}

// htmlText renders an HTML fragment (feed content) as text.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(s)
	}
	art, err := readability.FromReader(strings.NewReader("<html><body><article>"+s+"</article></body></html>"), nil)
	if err == nil {
		var b strings.Builder
		if art.RenderText(&b) == nil && strings.TrimSpace(b.String()) != "" {
			return strings.TrimSpace(b.String())
		}
	}
	return strings.TrimSpace(stripTags(s))
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
