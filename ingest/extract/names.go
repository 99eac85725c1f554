package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var keyReplacer = strings.NewReplacer("’", "'", "-", " ", ".", " ")

// normKey folds a name for comparison: no diacritics, lower case, hyphens
// and dots as spaces, a leading "the" dropped.
func normKey(s string) string {
	if isASCII(s) {
		return normKeyASCII(s)
	}
	s = unaccent(s)
	s = strings.ToLower(keyReplacer.Replace(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// normKeyASCII is normKey of an ASCII name in one pass: names are looked
// up this way many times a sentence.
func normKeyASCII(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' || c == '.' || c == ' ' || '\t' <= c && c <= '\r':
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	return string(b)
}

// toLower is strings.ToLower for tagged sentences: their placeholder
// brackets are not ASCII, which sends strings.ToLower down its rune-by-rune
// path; here only the runes that are not ASCII take it.
func toLower(s string) string {
	// Runs of bytes that stay as they are are copied whole; the builder
	// hands its bytes over as the string, one allocation in all.
	var b strings.Builder
	b.Grow(len(s))
	kept := 0 // s[kept:i] is not written yet and needs no change
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[kept:i])
				b.WriteByte(c + 'a' - 'A')
				kept = i + 1
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		switch {
		case lr == r && r != utf8.RuneError:
		case utf8.RuneLen(lr) == w:
			b.WriteString(s[kept:i])
			b.WriteRune(lr)
			kept = i + w
		default:
			// The lower case is longer or shorter (or the byte starts no
			// rune): the rest goes rune by rune.
			b.WriteString(s[kept:i])
			return string(lowerRunes([]byte(b.String()), s[i:]))
		}
		i += w
	}
	b.WriteString(s[kept:])
	return b.String()
}

// lowerRunes appends s lower-cased to b.
func lowerRunes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += w
	}
	return b
}

// stripAccents removes combining marks, keeping case: "Bogotá" -> "Bogota".
func stripAccents(s string) string {
	if isASCII(s) {
		return s
	}
	return unaccent(s)
}

// unaccenters holds chains that decompose, drop combining marks and
// recompose. A chain carries buffers of some kilobytes: built once and
// reset, not built for each name.
var unaccenters = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func unaccent(s string) string {
	t := unaccenters.Get().(transform.Transformer)
	out, _, _ := transform.String(t, s)
	unaccenters.Put(t)
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// slug turns a canonical name into the tail of an entity id.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range normKey(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if r == '\'' {
			continue // "People's" -> "peoples"
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func entityID(typ, key string) string {
	switch typ {
	case Country:
		return "country:" + strings.ToLower(key)
	case Person:
		// One id for every romanisation, whichever a run meets first.
		return "person:" + slug(personKey(normKey(key)))
	default:
		return "org:" + slug(key)
	}
}

// initials gives the acronym of a multiword name: "Pak Institute for Peace
// Studies" -> "PIPS", "Pakistan-China Institute" -> "PCI".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Split(name, " ") {
		b.WriteString(capitalsOf(w))
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// capitalsOf returns the capitals that open a word and each of its
// hyphenated parts: "A" of "Al", "AP" of "Asia-Pacific", "" of "of".
func capitalsOf(w string) string {
	var b strings.Builder
	for _, part := range strings.Split(w, "-") {
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance1 reports whether a and b differ by at most one edit.
func editDistance1(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i, j, edits := 0, 0, 0
	for i < len(ra) && j < len(rb) {
		if ra[i] == rb[j] {
			i++
			j++
			continue
		}
		edits++
		if edits > 1 {
			return false
		}
		if len(ra) == len(rb) {
			j++
		}
		i++
	}
	return edits+(len(ra)-i)+(len(rb)-j) <= 1
}

// Fold is the lookup form of a name or alias: no diacritics, lower case,
// punctuation as spaces ("U.S." and "us" both fold to "u s" and "us").
func Fold(s string) string { return normKey(s) }

// personKey folds the romanisations of one name that news outlets spell
// differently at the end of a word, "Zelenskyy", "Zelenskiy" and
// "Zelensky", onto one key, so that they are one person.
func personKey(key string) string {
	if !strings.Contains(key, "yy") && !strings.Contains(key, "iy") && !strings.Contains(key, "ii") {
		return key // no word can end so
	}
	f := strings.Fields(key)
	changed := false
	for i, w := range f {
		if len(w) < 6 {
			continue
		}
		for _, end := range []string{"yy", "iy", "ii"} {
			if strings.HasSuffix(w, end) {
				f[i] = w[:len(w)-2] + "y"
				changed = true
				break
			}
		}
	}
	if !changed {
		return key
	}
	return strings.Join(f, " ")
}
