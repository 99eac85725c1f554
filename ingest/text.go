package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/itlightning/dateparse"
)

var (
	// "Yahoo23-05-2025": a publisher glued to a day-month-year date.
	sourceDateRe = regexp.MustCompile(`^(.{0,60}?)\s*(\d{1,2})-(\d{1,2})-(\d{4})$`)
	// " date 2026-02-21 403": a store's date stamp.
	isoDateLineRe = regexp.MustCompile(`^(?i)(?:date\s+)?(\d{4})-(\d{2})-(\d{2})\b.{0,12}$`)
	// "29th Monday, July 2024 - 21:41 UTC", "Monday, July 29, 2024", "July 29, 2024",
	// "Monday, 15 September 2025 - 10:00 UTC".
	longDateLineRe = regexp.MustCompile(`^(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:(\d{1,2}),?\s+)?(\d{4})(?:\s*[-–,]\s*\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?)?$`)
	// "(MENAFN) The European Union ...": an agency tag opening the body.
	agencyTagRe = regexp.MustCompile(`^(?:(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?(?: \d{1,2})?)?|` +
		// "Tokyo, July 23 (Reuters)": a city in title case needs its date
		`[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}) )?` +
		`\(([A-Z][A-Za-z]{1,20})\)\s+(?:(?:-+|—|–)\s+)?`)
	// "  • Newsweek" or "- Euronews": the source line of a related article.
	bulletSourceRe = regexp.MustCompile(`^\s*[•·\-–]\s+(\S.{0,60})$`)
	// "timean hour ago", "3 hours ago", "time2 days ago".
	relativeTimeRe = regexp.MustCompile(`^(?i)(?:time)?\s*(?:an?|\d+)\s+(?:second|minute|hour|day|week)s?\s+ago$`)
	datelineRe     = regexp.MustCompile(`^[A-Z][A-Z .'-]{2,30}$`)
	// metaLineRe is a "Key: value" header line of hand-made text files.
	metaLineRe = regexp.MustCompile(`^(?i)(source|publisher|published|date|url|link|by|author|byline)\s*:\s*(\S.*)$`)
)

// ParseText splits a plain-text document into articles. It understands page
// dumps of news aggregators (title, repeated title, "Source<date>", body,
// then "Related Articles" blocks each with its own source line) and plain
// articles (first short line is the title). Lines that are site furniture
// are dropped.
func ParseText(file string, raw []byte, bp *Boilerplate) []Article {
	lines := strings.Split(normaliseText(string(raw)), "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	relatedAt := len(lines)
	for i, l := range lines {
		if bp.IsRelated(l) {
			relatedAt = i
			break
		}
	}
	main := parseMain(lines[:relatedAt], bp)
	main.File = file
	var out []Article
	if main.Text != "" || main.Title != "" {
		out = append(out, main)
	}
	if relatedAt < len(lines) {
		for _, a := range parseRelated(lines[relatedAt+1:], bp) {
			a.File = file
			out = append(out, a)
		}
	}
	for i := range out {
		out[i].AssignID()
	}
	return out
}

func parseMain(lines []string, bp *Boilerplate) Article {
	var a Article
	i := 0
	header := func() bool { // consumes one header line if it is one
		l := lines[i]
		switch {
		case l == "" || bp.IsLine(l):
			return true
		case a.Published == "" && parseDateLine(l, &a):
			return true
		case a.Title != "" && a.Published == "" && byline(l) && i+1 < len(lines) && parseDateLine(lines[i+1], &a):
			// "Staff Correspondent" over the date: a byline
			i++
			return true
		case a.Title != "" && sameTitle(l, a.Title):
			return true
		case parseMetaLine(l, &a):
			return true
		case a.Title != "" && a.Source == "" && parseSourceDate(l, &a):
			return true
		case a.Title != "" && datelineRe.MatchString(l) && !strings.Contains(l, "  "):
			return true // "ISTANBUL": a dateline
		case a.Title == "" && masthead(l) && titleFollows(lines[i+1:], bp):
			return true // "DW", "Anadolu Agency": the outlet above its headline
		case a.Title == "" && looksLikeTitle(l):
			a.Title = cleanTitle(l)
			return true
		}
		return false
	}
	for i < len(lines) && header() {
		i++
	}
	body := lines[i:]
	if a.Published == "" {
		// "Date 14.03.2025" under the standfirst: a date line among the
		// first lines of the body is the page's date, not its text.
		for k := 0; k < min(len(body), 4); k++ {
			if l := body[k]; l != "" && utf8.RuneCountInString(l) <= 60 && !endsSentence(l) && parseDateLine(l, &a) {
				body = slices.Delete(slices.Clone(body), k, k+1)
				break
			}
		}
	}
	if len(body) > 0 {
		if m := agencyTagRe.FindStringSubmatch(body[0]); m != nil {
			if a.Source == "" {
				a.Source = m[1]
			}
			body[0] = body[0][len(m[0]):]
		}
	}
	a.Text = joinBody(body, bp)
	return a
}

// parseRelated reads the blocks after a "Related Articles" heading. Each block
// is: title (often twice), source, relative time, a bullet with the source,
// the title again, and the body. Where a page has no bullets, the relative
// time ends each block's header and the line before it names the source.
func parseRelated(lines []string, bp *Boilerplate) []Article {
	var out []Article
	var anchors []int // the line that ends each block's header
	for i, l := range lines {
		if bulletSourceRe.MatchString(l) {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 && !slices.ContainsFunc(lines, relativeTimeRe.MatchString) {
		return parseTitledBlocks(lines, bp)
	}
	source := func(bi int) string { return strings.TrimSpace(bulletSourceRe.FindStringSubmatch(lines[bi])[1]) }
	if len(anchors) == 0 {
		for i, l := range lines {
			if relativeTimeRe.MatchString(l) {
				anchors = append(anchors, i)
			}
		}
		source = func(bi int) string {
			for p := bi - 1; p >= 0 && p > bi-4; p-- {
				if l := strings.TrimSpace(lines[p]); l != "" {
					if utf8.RuneCountInString(l) <= 60 && !sameTitle(l, lines[max(p-2, 0)]) {
						return l
					}
					break
				}
			}
			return ""
		}
	}
	for k, bi := range anchors {
		a := Article{Source: source(bi)}
		end := len(lines)
		if k+1 < len(anchors) {
			end = headerStart(lines, anchors[k+1], bi)
		}
		j := bi + 1
		for j < end && (lines[j] == "" || bp.IsLine(lines[j])) {
			j++
		}
		if j < end && looksLikeTitle(lines[j]) {
			a.Title = cleanTitle(lines[j])
			j++
		}
		// A related block whose title line came before the bullet.
		if a.Title == "" {
			for p := bi - 1; p >= 0 && p > bi-8; p-- {
				if l := lines[p]; l != "" && !bp.IsLine(l) && !relativeTimeRe.MatchString(l) && l != a.Source && looksLikeTitle(l) {
					a.Title = cleanTitle(l)
					break
				}
			}
		}
		a.Text = joinBody(lines[j:end], bp)
		if a.Text != "" {
			out = append(out, a)
		}
	}
	return out
}

// parseTitledBlocks reads related articles that have neither source nor
// time lines: each opens with a title line set off by blank lines and runs
// to the next.
func parseTitledBlocks(lines []string, bp *Boilerplate) []Article {
	var out []Article
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		a := Article{Title: cleanTitle(lines[start])}
		if a.Text = joinBody(lines[start+1:end], bp); a.Text != "" {
			out = append(out, a)
		}
	}
	for i, l := range lines {
		if l == "" || bp.IsLine(l) || !looksLikeTitle(l) || i > 0 && lines[i-1] != "" || i+1 < len(lines) && lines[i+1] != "" {
			continue
		}
		flush(i)
		start = i
	}
	flush(len(lines))
	return out
}

// headerStart walks back from the bullet of the next block over its header
// lines (titles, source, relative time, blanks) and returns the first of them.
func headerStart(lines []string, bullet, floor int) int {
	i := bullet
	for i-1 > floor {
		l := lines[i-1]
		if l == "" || relativeTimeRe.MatchString(l) || (len(l) < 160 && !endsSentence(l)) {
			i--
			continue
		}
		break
	}
	return i
}

// sentenceStopRe is a full stop that ends a sentence: after a word of
// three or more lower-case letters, not after an initial or an
// abbreviation ("S. Korea", "U.S. envoy", "Dr. Soto").
var sentenceStopRe = regexp.MustCompile(`\p{Ll}{3}\. `)

// byline reports a short line of capitalised words with no sentence
// punctuation: "Staff Correspondent", "Ana Soto", "Jakarta Post - Jakarta".
func byline(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 5 || strings.ContainsAny(l, ".,:;!?\"") {
		return false
	}
	for _, w := range f {
		if w == "-" || w == "–" || w == "|" {
			continue // "Jakarta Post - Jakarta"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// masthead reports a line of one to four capitalised words, the name of
// an outlet or a section above the headline: "DW", "Anadolu Agency",
// "South China Morning Post", "Times of India".
func masthead(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 4 || utf8.RuneCountInString(l) > 32 || strings.ContainsAny(l, ".,:;!?\"'") {
		return false
	}
	for i, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || i == len(f)-1 || !mastheadJoiners[w]) {
			return false
		}
	}
	return true
}

// mastheadJoiners may stand between the words of an outlet's name.
var mastheadJoiners = map[string]bool{"of": true, "the": true, "and": true, "de": true, "la": true, "el": true, "al": true}

// titleFollows reports whether the next line with words is a headline of
// four words or more.
func titleFollows(lines []string, bp *Boilerplate) bool {
	for _, l := range lines {
		if l == "" || bp.IsLine(l) {
			continue
		}
		return looksLikeTitle(l) && len(strings.Fields(l)) >= 4
	}
	return false
}

func looksLikeTitle(l string) bool {
	n := utf8.RuneCountInString(l)
	return n >= 8 && n <= 200 && !strings.HasSuffix(l, ".") && len(sentenceStopRe.FindAllStringIndex(l, 2)) < 2
}

func sameTitle(a, b string) bool { return normaliseForID(a) == normaliseForID(b) }

// cleanTitle folds typographic quotes that pages mix within one title.
func cleanTitle(s string) string {
	return strings.NewReplacer("‘", "'", "’", "'").Replace(strings.TrimSpace(s))
}

func parseSourceDate(l string, a *Article) bool {
	m := sourceDateRe.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	d, err := time.Parse("2-1-2006", m[2]+"-"+m[3]+"-"+m[4])
	if err != nil {
		return false
	}
	a.Source = strings.TrimSpace(m[1])
	a.Published = d.Format("2006-01-02")
	return true
}

// parseMetaLine reads "Source: Reuters", "Published: 2025-05-23",
// "URL: https://..." and "By: ..." (a byline, dropped: its name is not
// the news). A date it cannot read leaves the line to the body.
func parseMetaLine(l string, a *Article) bool {
	m := metaLineRe.FindStringSubmatch(strings.TrimSpace(l))
	if m == nil {
		return false
	}
	v := strings.TrimSpace(m[2])
	switch strings.ToLower(m[1]) {
	case "source", "publisher":
		if a.Source == "" {
			a.Source = v
		}
	case "published", "date":
		var d Article
		if !parseDateLine(v, &d) || d.Published == "" {
			return false
		}
		if a.Published == "" {
			a.Published = d.Published
		}
	case "url", "link":
		if a.URL == "" {
			a.URL = v
		}
	}
	return true
}

func parseDateLine(l string, a *Article) bool {
	if m := isoDateLineRe.FindStringSubmatch(l); m != nil {
		if d, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			a.Published = d.Format("2006-01-02")
			return true
		}
	}
	if m := longDateLineRe.FindStringSubmatch(l); m != nil {
		day := m[1]
		if day == "" {
			day = m[3]
		}
		if day == "" {
			return false
		}
		if d, err := time.Parse("2 January 2006", day+" "+strings.Title(strings.ToLower(m[2]))+" "+m[4]); err == nil {
			a.Published = d.Format("2006-01-02")
			return true
		}
	}
	if a.Title != "" && sourceDateRe.MatchString(l) {
		return parseSourceDate(l, a)
	}
	if d, ok := numericDate(l); ok && (a.Title != "" || len(strings.Fields(l)) == 1) {
		// (before the title only a line that is the date alone: a
		// headline may name a date in figures)
		a.Published = d
		return true
	}
	// "Wed Jan 14, 2026 08:30 PM", "Nov. 24, 2025", "Mon, June 30, 2025":
	// the many other ways outlets write a date, read by dateparse where the
	// line, or one part of a line of parts ("TOI World Desk / Updated: Aug
	// 28, 2025, 22:15 IST"), is short and names a month and a year.
	for _, part := range linePartRe.Split(l, 4) {
		part = datePrefixRe.ReplaceAllString(strings.TrimSpace(part), "")
		if part = timeAfterRe.ReplaceAllString(part, ""); len(part) <= 40 && monthYearRe.MatchString(part) {
			if d, err := dateparse.ParseAny(part); err == nil {
				a.Published = d.Format("2006-01-02")
				return true
			}
		}
	}
	return false
}

// numericDateRe is a date in figures: "14.03.2025", "21/10/2025".
var numericDateRe = regexp.MustCompile(`(?:^|[^\d./])(\d{1,2})([./])(\d{1,2})[./]((?:19|20)\d\d)(?:[^\d./]|$)`)

// numericDate reads a date in figures on a short header line ("Date
// 14.03.2025", "Ahmet Yilmaz |21.10.2025 - Update : 21.10.2025"). Dots
// put the day first, as the pages that use them do; with slashes the
// order is known only where one of the two numbers exceeds 12, and a
// date such as "12/11/2025" is left unread rather than guessed.
func numericDate(l string) (string, bool) {
	if utf8.RuneCountInString(l) > 60 || endsSentence(l) {
		return "", false
	}
	m := numericDateRe.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	day, month := m[1], m[3]
	if m[2] == "/" {
		d, _ := strconv.Atoi(day)
		mo, _ := strconv.Atoi(month)
		switch {
		case d > 12:
		case mo > 12:
			day, month = month, day
		default:
			return "", false
		}
	}
	d, err := time.Parse("2.1.2006", day+"."+month+"."+m[4])
	if err != nil {
		return "", false
	}
	return d.Format("2006-01-02"), true
}

var (
	// monthYearRe names a month, by name or abbreviation, and a year.
	monthYearRe = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)`)
	// datePrefixRe is the word a page puts before its date, and a time
	// before the day ("Published: 7:00pm, 16 Sep 2025").
	datePrefixRe = regexp.MustCompile(`^(?i)(?:(?:published|updated|posted|last updated)(?: on| at)?\s*:?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?,?\s+)?`)
	// timeAfterRe is a time set off after the date: "Oct. 30, 2025 - 18:05".
	timeAfterRe = regexp.MustCompile(`\s+[-–]\s+\d{1,2}[:.]\d{2}\b.*$`)
	// linePartRe separates the parts of a header line: "Desk / Date",
	// "Ahram Online , Sunday 23 Nov 2025" (a comma no prose puts a space
	// before).
	linePartRe = regexp.MustCompile(`\s*\|\s*|\s+/\s+|\s+,\s+`)
)

// joinBody drops furniture and rejoins lines that a page broke in the middle
// of a sentence (link text on its own line), keeping paragraph breaks.
func joinBody(lines []string, bp *Boilerplate) string {
	var paras []string
	blank := false // a blank line since the last paragraph
	for _, l := range lines {
		if l == "" {
			blank = true
			continue
		}
		if bp.IsLine(l) {
			continue
		}
		l = bp.Clean(l)
		if l == "" {
			continue
		}
		n := len(paras)
		if n > 0 && continues(paras[n-1], l, blank) {
			blank = false
			paras[n-1] += " " + l
			continue
		}
		blank = false
		if n > 0 && paras[n-1] == l {
			continue // a caption printed twice
		}
		paras = append(paras, l)
	}
	return strings.Join(paras, "\n")
}

// continues reports whether next carries on the sentence that prev left
// open. After a blank line only a next line in lower case does: a short
// line standing alone ("By Maria Santos", a section name) is not the
// start of the paragraph below it.
func continues(prev, next string, blank bool) bool {
	if endsSentence(prev) {
		return false
	}
	if datelineRe.MatchString(next) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if blank {
		return unicode.IsLower(r)
	}
	return unicode.IsLower(r) || len(strings.Fields(prev)) <= 3 || len(strings.Fields(next)) <= 2
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?'\"”’:;)…", r)
}

// normaliseText unifies line ends and exotic spaces.
func normaliseText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a':
			return ' '
		case '\u200b', '\ufeff':
			return -1
		}
		return r
	}, s)
}
