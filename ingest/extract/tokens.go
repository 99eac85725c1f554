package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence.
type token struct {
	text       string
	lower      string // text in lower case, for the word lists
	start, end int    // byte offsets in the sentence
	word       bool   // starts with a letter or digit
	upper      bool   // starts with an upper-case letter
}

func (t token) isWord() bool { return t.word }

// capitalised: starts with an upper-case letter ("Pakistan", "U.S.", "G7").
func (t token) capitalised() bool { return t.upper }

func (t token) allCaps() bool {
	letters := 0
	for _, r := range t.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// sentence is one sentence of an article with its tokens.
type sentence struct {
	text   string
	tokens []token
	title  bool // the article's headline
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true,
	"prof": true, "no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
}

// splitSentences cuts text into sentences at line breaks and at ".", "!" or
// "?" followed by space and a capital, a digit or a quote, except after an
// abbreviation, an initial or a dotted acronym ("U.S.").
func splitSentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimSpace(para)
		start := 0
		for i := 0; i < len(para); i++ {
			c := para[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < len(para) && strings.ContainsRune("'\"’”)", rune(para[j])) {
				j++
			}
			if j < len(para) && (para[j] >= 0x80) { // closing curly quote
				r, n := utf8.DecodeRuneInString(para[j:])
				if r == '’' || r == '”' {
					j += n
				}
			}
			if j >= len(para) || para[j] != ' ' {
				continue
			}
			k := j + 1
			for k < len(para) && para[k] == ' ' {
				k++
			}
			if k >= len(para) {
				continue
			}
			r, _ := utf8.DecodeRuneInString(para[k:])
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("'\"‘“(", r)) {
				continue
			}
			if c == '.' && noBreakBefore(para[start:i]) {
				continue
			}
			out = append(out, strings.TrimSpace(para[start:j]))
			start = k
			i = k - 1
		}
		if s := strings.TrimSpace(para[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func noBreakBefore(s string) bool {
	i := strings.LastIndexAny(s, " (\"'")
	w := s[i+1:]
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	// An initial ("S.") or a dotted acronym ("U.S", "U.N").
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true
	}
	// A dotted acronym has letters: "0.4%." ends a sentence.
	return strings.Contains(w, ".") && len(w) <= 6 && strings.ToUpper(w) == w && strings.ContainsFunc(w, unicode.IsLetter)
}

// tokenize splits a sentence into words and punctuation. A word keeps inner
// hyphens, apostrophes of contractions and the periods of dotted acronyms
// ("U.S."); a possessive "'s" is its own token.
func tokenize(s string) []token {
	// About one token per five bytes of news text: one allocation, mostly.
	toks := make([]token, 0, len(s)/5+4)
	// One lower-case copy of the sentence serves every token, unless a
	// rune changes its length when lowered.
	ls := toLower(s)
	add := func(i, j int) {
		t := token{text: s[i:j], start: i, end: j}
		if len(ls) == len(s) {
			t.lower = ls[i:j]
		} else {
			t.lower = strings.ToLower(t.text)
		}
		if c := s[i]; c < utf8.RuneSelf {
			t.word, t.upper = asciiAlnum(c), 'A' <= c && c <= 'Z'
		} else {
			r, _ := utf8.DecodeRuneInString(t.text)
			t.word, t.upper = unicode.IsLetter(r) || unicode.IsDigit(r), unicode.IsUpper(r)
		}
		toks = append(toks, t)
	}
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r == ' ' {
			i++
			continue
		}
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			add(i, i+n)
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiAlnum(c) {
					j++
					continue
				}
				if c != '-' && c != '.' && c != '\'' && c != '&' {
					break // a space or a mark that ends every word
				}
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == '’' || r == '&') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					if (r == '\'' || r == '’') && (s[j+n] == 's' || s[j+n] == 'S') && !isLetterAt(s, j+n+1) {
						break // possessive
					}
					j += n
					continue
				}
			}
			if r == '.' && isAcronymSoFar(s[i:j]) {
				j += n // trailing period of "U.S."
				if j+1 < len(s) && s[j] == '-' && isLetterAt(s, j+1) {
					j++ // "U.S.-China"
					continue
				}
			}
			break
		}
		add(i, j)
		i = j
		if i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if (r == '\'' || r == '’') && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && !isLetterAt(s, i+n+1) {
				toks = append(toks, token{text: "'s", lower: "'s", start: i, end: i + n + 1})
				i += n + 1
			}
		}
	}
	return toks
}

func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// isAcronymSoFar: "U.S", "U.N", "U.S.A" - single capitals joined by periods.
func isAcronymSoFar(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper([]rune(part)[0]) {
			return false
		}
	}
	return true
}
