package extract

import (
	"strconv"
	"strings"
	"time"
)

var (
	monthNames = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`
	onDateRe   = mustGated(`\b(?:on|since|from|by)\s+` + monthNames + `\s+(\d{1,2})\b`)
	dayMonthRe = mustGated(`\bon\s+(\d{1,2})\s+` + monthNames + `\b`)
	inMonthRe  = mustGated(`\bin\s+(?:early |mid-|mid |late )?` + monthNames + `\b(?:\s+(\d{4}))?`)
	weekdayRe  = mustGated(`\b(?:on|late|early|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	lastRe     = mustGated(`\b(last|next) (week|month|year)\b`)
	yesterday  = mustGated(`\byesterday\b`)
	inYearRe   = mustGated(`\bin (?:early |mid-|mid |late )?(\d{4})\b`)
	// futureRe is a verb of time to come; before a weekday ("will visit
	// Tokyo on Monday") it makes the day the next one, not the last.
	futureRe = mustGated(`\b(?:will|is due to|are due to|is expected to|are expected to|is set to|are set to|plans? to|is scheduled to|are scheduled to)\b`)
)

var monthIndex = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func month(s string) time.Month { return monthIndex[strings.ToLower(s)[:3]] }

// dateHints are in every phrase eventDate reads: a month's first letters,
// "day" of the weekdays and "yesterday", last or next, or a digit.
var dateHints = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "last ", "next "}

// monthHints are the first letters of the months, in every month name.
var monthHints = dateHints[:12]

var dateHintSet, monthHintSet = newHintSet(dateHints), newHintSet(monthHints)

// eventDate resolves the first date phrase of a sentence against the
// article's date ("on May 21", "on Friday", "in early May", "last month",
// "in 2024"); with none, or no article date to anchor a relative phrase, it
// is the article's date (which may be empty).
func eventDate(sentence, published string) string {
	// The patterns run on the lower-cased sentence, each only where the
	// words it needs are present.
	digit := strings.ContainsAny(sentence, "0123456789")
	lower := toLower(sentence)
	if !digit && !dateHintSet.in(lower) {
		return published
	}
	months := monthHintSet.in(lower)
	find := func(re *gatedRegexp, ok bool) []string {
		if !ok {
			return nil
		}
		return re.FindStringSubmatch(lower)
	}
	ref, err := time.Parse("2006-01-02", published)
	hasRef := err == nil
	pick := func(m time.Month, day int) string {
		if !hasRef {
			return ""
		}
		y := ref.Year()
		d := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		if d.After(ref.AddDate(0, 1, 0)) {
			d = d.AddDate(-1, 0, 0) // "on December 30" read in January
		}
		return d.Format("2006-01-02")
	}
	if m := find(onDateRe, months && digit); m != nil {
		day, _ := strconv.Atoi(m[2])
		if d := pick(month(m[1]), day); d != "" {
			return d
		}
	}
	if m := find(dayMonthRe, months && digit); m != nil {
		day, _ := strconv.Atoi(m[1])
		if d := pick(month(m[2]), day); d != "" {
			return d
		}
	}
	if m := find(inMonthRe, months); m != nil {
		if m[2] != "" {
			y, _ := strconv.Atoi(m[2])
			return time.Date(y, month(m[1]), 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
		if d := pick(month(m[1]), 1); d != "" {
			return d
		}
	}
	if !hasRef {
		if m := find(inYearRe, digit); m != nil {
			return m[1] + "-01-01"
		}
		return published
	}
	if loc := weekdayIndex(lower); loc != nil {
		want := weekday(lower[loc[2]:loc[3]])
		d, step := ref, -1
		if f := futureRe.FindStringIndex(lower); f != nil && f[0] < loc[0] && !strings.HasPrefix(lower[loc[0]:], "last") {
			d, step = ref.AddDate(0, 0, 1), 1
		}
		for d.Weekday() != want {
			d = d.AddDate(0, 0, step)
		}
		return d.Format("2006-01-02")
	}
	if strings.Contains(lower, "yesterday") && yesterday.MatchString(lower) {
		return ref.AddDate(0, 0, -1).Format("2006-01-02")
	}
	if m := find(lastRe, strings.Contains(lower, "last ") || strings.Contains(lower, "next ")); m != nil {
		sign := -1
		if strings.EqualFold(m[1], "next") {
			sign = 1
		}
		switch strings.ToLower(m[2]) {
		case "week":
			return ref.AddDate(0, 0, 7*sign).Format("2006-01-02")
		case "month":
			return time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, sign, 0).Format("2006-01-02")
		default:
			return time.Date(ref.Year()+sign, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
	}
	if m := find(inYearRe, digit); m != nil {
		return m[1] + "-01-01"
	}
	return published
}

// weekdayIndex is weekdayRe's match in lower with its groups, sought only
// where a weekday's "day" is.
func weekdayIndex(lower string) []int {
	if !strings.Contains(lower, "day") {
		return nil
	}
	return weekdayRe.FindStringSubmatchIndex(lower)
}

func weekday(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d
		}
	}
	return time.Sunday
}
