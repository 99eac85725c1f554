package ingest

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
)

//go:embed data/boilerplate.txt
var boilerplateData string

// Boilerplate recognises site furniture: whole lines to drop, phrases to cut
// out of lines, and the heading that introduces related articles.
type Boilerplate struct {
	lines   []*regexp.Regexp
	inline  []*regexp.Regexp
	related []*regexp.Regexp
}

// NewBoilerplate compiles the embedded patterns plus extra ones in the same
// syntax (from configuration). A bad pattern is an error naming it.
func NewBoilerplate(extra []string) (*Boilerplate, error) {
	b := &Boilerplate{}
	all := append(strings.Split(boilerplateData, "\n"), extra...)
	for i, line := range all {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("boilerplate pattern %d", i+1)
		if i >= len(all)-len(extra) {
			where = fmt.Sprintf("ingest.boilerplate entry %q", line)
		}
		switch {
		case strings.HasPrefix(line, "~"):
			re, err := regexp.Compile(line[1:])
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			b.inline = append(b.inline, re)
		case strings.HasPrefix(line, "@related "):
			re, err := regexp.Compile("^(?:" + strings.TrimPrefix(line, "@related ") + ")$")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			b.related = append(b.related, re)
		default:
			re, err := regexp.Compile("^(?:" + line + ")$")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			b.lines = append(b.lines, re)
		}
	}
	return b, nil
}

// IsLine reports whether a trimmed line is furniture as a whole.
func (b *Boilerplate) IsLine(s string) bool {
	for _, re := range b.lines {
		if re.MatchString(s) {
			return true
		}
	}
	return b.IsRelated(s)
}

// IsRelated reports whether the line introduces related articles.
func (b *Boilerplate) IsRelated(s string) bool {
	for _, re := range b.related {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// Clean removes furniture phrases from inside a line.
func (b *Boilerplate) Clean(s string) string {
	for _, re := range b.inline {
		if re.MatchString(s) {
			keep := ""
			if re.SubexpIndex("keep") >= 0 {
				keep = "${keep}"
			}
			s = re.ReplaceAllString(s, keep)
		}
	}
	return strings.TrimSpace(s)
}
