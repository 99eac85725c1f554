// Package ingest reads news documents in every common format (page dumps,
// plain text, Markdown, HTML, JSON, JSON Lines, RSS and Atom) and yields the
// articles inside them, each with its title, source, date and body.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Article is one news article found in an input document.
type Article struct {
	ID        string // stable: canonical URL when known, else normalised title and body
	File      string // path it was read from ("-" for stdin)
	Title     string
	Source    string // publisher as printed
	Published string // ISO date (YYYY-MM-DD) or empty when the document gives none
	URL       string
	Text      string // body, boilerplate removed
}

// AssignID fills a.ID from the canonical URL when there is one, else from a
// hash of the normalised title and body, so the same article read twice or
// from two files gets the same id.
func (a *Article) AssignID() {
	key := ""
	if u := canonicalURL(a.URL); u != "" {
		key = "url:" + u
	} else {
		key = "text:" + normaliseForID(a.Title) + "\n" + normaliseForID(a.Text)
	}
	sum := sha256.Sum256([]byte(key))
	a.ID = "art-" + hex.EncodeToString(sum[:10])
}

// canonicalURL drops the fragment, tracking parameters and a trailing slash.
func canonicalURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		var keep []string
		for _, kv := range strings.Split(u[i+1:], "&") {
			if kv == "" || strings.HasPrefix(strings.ToLower(kv), "utm_") {
				continue
			}
			keep = append(keep, kv)
		}
		u = u[:i]
		if len(keep) > 0 {
			u += "?" + strings.Join(keep, "&")
		}
	}
	u = strings.TrimSuffix(u, "/")
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	return strings.ToLower(u)
}

// normaliseForID folds case, Unicode forms, quotes and white space, so that
// copies of an article that differ only in typography get the same id.
func normaliseForID(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}
