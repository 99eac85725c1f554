package ingest

import (
	"os"
	"strings"
	"testing"
)

func TestParseTextSplitsPageDump(t *testing.T) {
	raw, err := os.ReadFile("../testdata/sample/daily8-pakistan-afghanistan-china.txt")
	if err != nil {
		t.Fatal(err)
	}
	bp, err := NewBoilerplate(nil)
	if err != nil {
		t.Fatal(err)
	}
	arts := ParseText("sample.txt", raw, bp)
	want := []struct{ title, source string }{
		{"Pakistan, Afghanistan move towards 'restoring ties' in talks with China", "Yahoo"},
		{"FBI Working With India to Disrupt Chinese Fentanyl Network—Kash Patel", "Newsweek"},
		{"Taliban urges Afghans to 'come home' after Trump travel ban", "Yahoo"},
		{"Lee Jae-myung, Trump speak on phone, reaffirm U.S.-South Korea alliance", "UPI"},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for i, w := range want {
		if arts[i].Title != w.title || arts[i].Source != w.source {
			t.Errorf("article %d: got %q / %q, want %q / %q", i, arts[i].Title, arts[i].Source, w.title, w.source)
		}
		for _, junk := range []string{"Try Our AI Features", "Related Articles", "DOWNLOAD THE APP", "No comments yet", "Newsweek AI is in beta", "Broaden your horizons"} {
			if strings.Contains(arts[i].Text, junk) {
				t.Errorf("article %d body holds boilerplate %q", i, junk)
			}
		}
	}
	if arts[0].Published != "2025-05-23" {
		t.Errorf("published = %q, want 2025-05-23", arts[0].Published)
	}
}

func TestParseRejectsBadInput(t *testing.T) {
	r := &Reader{Boilerplate: mustBP(t)}
	cases := map[string][]byte{
		"empty.txt":  []byte("  \n"),
		"bin.txt":    {0x00, 0x01, 0x02, 'a'},
		"bad.json":   []byte(`{"title": "x", "text": `),
		"utf8.txt":   {0xff, 0xfe, 'a', 'b'},
		"trunc.html": []byte("<html><head><title>x</title></head><body><p>Some text that never"),
	}
	for name, raw := range cases {
		if _, err := r.Parse(name, raw); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

func TestParseFormats(t *testing.T) {
	r := &Reader{Boilerplate: mustBP(t)}
	cases := map[string]string{
		"a.json":  `{"title": "Talks", "body": "Pakistan and Afghanistan held talks.", "url": "https://x.test/a?utm_source=rss"}`,
		"a.jsonl": "{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\", \"text\": \"Two.\"}\n",
		"a.rss":   `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>T</title><link>https://x.test/1</link><description>China urged restraint.</description></item></channel></rss>`,
		"a.atom":  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><link href="https://x.test/2"/><content type="html">&lt;p&gt;India and Japan met.&lt;/p&gt;</content></entry></feed>`,
		"a.html":  `<html><head><title>Page</title><link rel="canonical" href="https://x.test/p"></head><body><article><h1>Page</h1><p>Pakistan accused the Afghan Taliban of harbouring fighters, officials said on Monday in a long statement released to the press.</p><p>Kabul denied the allegation in a statement of its own that was published later the same day.</p></article></body></html>`,
	}
	wantN := map[string]int{"a.json": 1, "a.jsonl": 2, "a.rss": 1, "a.atom": 1, "a.html": 1}
	for name, raw := range cases {
		arts, err := r.Parse(name, []byte(raw))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(arts) != wantN[name] {
			t.Errorf("%s: got %d articles, want %d", name, len(arts), wantN[name])
		}
		for _, a := range arts {
			if a.ID == "" || strings.TrimSpace(a.Text) == "" {
				t.Errorf("%s: article without id or text: %+v", name, a)
			}
		}
	}
}

func TestArticleIDStable(t *testing.T) {
	a := Article{Title: "Talks ‘resume’", Text: "Some  body."}
	b := Article{Title: "talks 'resume'", Text: "Some body."}
	a.AssignID()
	b.AssignID()
	if a.ID != b.ID {
		t.Errorf("typographic copies got ids %s and %s", a.ID, b.ID)
	}
	c := Article{URL: "https://www.x.test/a/?utm_source=feed#top"}
	d := Article{URL: "http://x.test/a", Title: "other"}
	c.AssignID()
	d.AssignID()
	if c.ID != d.ID {
		t.Errorf("same canonical URL got ids %s and %s", c.ID, d.ID)
	}
}

func mustBP(t *testing.T) *Boilerplate {
	bp, err := NewBoilerplate(nil)
	if err != nil {
		t.Fatal(err)
	}
	return bp
}

func TestKeyValueHeaderLines(t *testing.T) {
	raw := "Chad and Niger reopen border\nPublished: 2025-03-04\nSource: Sahel Desk\nBy: Amina Diallo\nURL: https://sahel.test/border\n\nChad and Niger reopened their border on Monday.\nReporting by Ali Musa; Editing by Jo Brand\nDate: not a header once the body has begun\n"
	bp, _ := NewBoilerplate(nil)
	arts := ParseText("note.txt", []byte(raw), bp)
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	a := arts[0]
	if a.Title != "Chad and Niger reopen border" || a.Published != "2025-03-04" || a.Source != "Sahel Desk" || a.URL != "https://sahel.test/border" {
		t.Errorf("header read as %+v", a)
	}
	if strings.Contains(a.Text, "Sahel Desk") || strings.Contains(a.Text, "Amina") || strings.Contains(a.Text, "Reporting by") || !strings.Contains(a.Text, "not a header") {
		t.Errorf("body: %q", a.Text)
	}
}

// Wire-service credits, copyright and link lines, a caption's photo credit
// and a page's topic and sharing lines are not the story.
func TestFurnitureLines(t *testing.T) {
	cases := []struct {
		raw        string
		gone, kept []string
	}{
		{"Leaders meet in Lima\n\nLIMA (AP) — Chile and Peru signed a deal on Monday.\n(Photo by Ana Soto/AFP via Getty Images)\nAssociated Press writers Luis Vega in Lima and Rosa Diaz in Santiago contributed to this report.\nCopyright 2025 The Associated Press. All rights reserved.\nFollow AP's coverage of Latin America at https://apnews.com/hub/latin-america\nRead more: Peru and Bolivia reopen their border\nThe deal covers fishing rights.\n",
			[]string{"Getty", "Luis Vega", "Copyright", "rights reserved", "coverage", "Bolivia"}, []string{"signed a deal", "fishing rights"}},
		{"Soto hosts Vega\n\nAna Soto and Luis Vega in Lima on Monday. Photograph: Rosa Diaz/AFP/Getty Images\nAna Soto hosted Luis Vega in Lima on Monday.\nThis article was amended on 4 June 2025 to correct a name.\nExplore more on these topics\nShare\nReuse this content\n",
			[]string{"Rosa Diaz", "Getty", "amended", "Explore", "Share", "Reuse"}, []string{"in Lima on Monday.\n", "hosted Luis Vega"}},
		{"Peru and Chile restore ties\n\nPeru and Chile agreed to restore ties on Monday.\n(Reporting by Rosa Diaz in Montevideo; Additional reporting by Luis Vega in Lima; Editing by Ana Soto)\nOur Standards: The Thomson Reuters Trust Principles.\n",
			[]string{"Rosa Diaz", "Montevideo", "Editing", "Standards"}, []string{"agreed to restore ties"}},
		{"Peru and Chile restore ties\n\nPeru and Chile agreed to restore ties on Monday.\n\nPTI\n\n(With inputs from agencies)\n",
			[]string{"PTI", "agencies"}, []string{"agreed to restore ties"}},
		{"Peru and Chile restore ties\n\nWritten by Rosa Diaz\n\nPeru and Chile agreed to restore ties on Monday.\n\nAbout the author: Rosa Diaz is a correspondent in Lima. She worked for Andean Radio.\n\nTags: Peru, Chile, Diplomacy\n",
			[]string{"Rosa Diaz", "Andean Radio", "Diplomacy"}, []string{"agreed to restore ties"}},
		{"Peru and Chile restore ties\n\nPeru and Chile agreed to restore ties on Monday.\n\nAuthor Rosa Díaz\n\nThe author is in Lima.\n",
			[]string{"Rosa"}, []string{"agreed to restore ties", "The author is in Lima."}},
	}
	bp, _ := NewBoilerplate(nil)
	for _, c := range cases {
		arts := ParseText("page.txt", []byte(c.raw), bp)
		if len(arts) != 1 {
			t.Fatalf("got %d articles", len(arts))
		}
		for _, w := range c.gone {
			if strings.Contains(arts[0].Text, w) {
				t.Errorf("%q left in the body: %q", w, arts[0].Text)
			}
		}
		for _, w := range c.kept {
			if !strings.Contains(arts[0].Text, w) {
				t.Errorf("%q lost from the body: %q", w, arts[0].Text)
			}
		}
	}
}

// A short line set apart by a blank line stands alone, a byline goes; a
// line broken inside a sentence still joins the next.
func TestShortLinesJoinOnlyWithoutBlank(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	raw := "Leaders meet in Lima\n\nBy Rosa Diaz\n\nLIMA — Ana Soto met Luis Vega on Monday.\n\nPolitics\n\nThe two leaders signed a deal.\nPeru's Foreign\nMinister Ana Soto said it was fair.\n"
	arts := ParseText("page.txt", []byte(raw), bp)
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	for _, p := range []string{"Rosa Diaz", "Politics The"} {
		if strings.Contains(arts[0].Text, p) {
			t.Errorf("%q joined: %q", p, arts[0].Text)
		}
	}
	if !strings.Contains(arts[0].Text, "Peru's Foreign Minister Ana Soto") {
		t.Errorf("broken line not joined: %q", arts[0].Text)
	}
}

// A wire dateline opening the body is furniture: the city, the date and
// the agency, which becomes the source.
func TestWireDateline(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	for _, c := range []struct{ raw, source, start string }{
		{"Leaders meet\n\nKUALA LUMPUR (AP) — Chile and Peru signed a deal.\n", "AP", "Chile and Peru"},
		{"Leaders meet\n\nSEOUL, Sept. 10 (UPI) -- Chile and Peru signed a deal.\n", "UPI", "Chile and Peru"},
		{"Leaders meet\n\nNAIROBI, Kenya (AP) — Chile and Peru signed a deal.\n", "AP", "Chile and Peru"},
		{"Leaders meet\n\nWASHINGTON, March 13 (Reuters) - Chile and Peru signed a deal.\n", "Reuters", "Chile and Peru"},
		{"Leaders meet\n\n(MENAFN) Chile and Peru signed a deal.\n", "MENAFN", "Chile and Peru"},
		{"Leaders meet\n\nLima, July 23 (Reuters) - Chile and Peru signed a deal.\n", "Reuters", "Chile and Peru"},
		{"Leaders meet\n\nSan Jose, Sept. 3 (AFP) — Chile and Peru signed a deal.\n", "AFP", "Chile and Peru"},
		// abbreviated names in a headline do not make it a sentence
		{"S. Korea, Chile agree on aid amid N. Korean threats\n\nLIMA, Sept. 30 (Yonhap) -- Chile and Peru signed a deal.\n", "Yonhap", "Chile and Peru"},
		// a name with its acronym is no dateline
		{"Leaders meet\n\nShining Path (SP) fighters attacked Chile and Peru.\n", "", "Shining Path (SP)"},
	} {
		arts := ParseText("page.txt", []byte(c.raw), bp)
		if len(arts) != 1 || arts[0].Source != c.source || !strings.HasPrefix(arts[0].Text, c.start) {
			t.Errorf("%q: got %+v", c.raw, arts)
		}
	}
}

// Related blocks without a bullet line are still articles: the relative
// time ends the header and the line before it is the source.
func TestRelatedWithoutBullets(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	raw := "Peru and Chile meet\n\nDaily23-05-2025\n\nPeru and Chile met in Lima on Monday.\n\nRelated Articles\n\n" +
		"Bolivia closes border\nBolivia closes border\n\nMercoPress\n\ntime2 hours ago\n\nBolivia closed its border with Peru on Friday.\n\n" +
		"Ecuador recalls envoy\nEcuador recalls envoy\n\nEFE\n\ntimean hour ago\n\nEcuador recalled its ambassador to Colombia.\n"
	arts := ParseText("page.txt", []byte(raw), bp)
	if len(arts) != 3 {
		t.Fatalf("got %d articles, want 3", len(arts))
	}
	for i, want := range []struct{ title, source, text string }{
		{"Bolivia closes border", "MercoPress", "Bolivia closed its border with Peru on Friday."},
		{"Ecuador recalls envoy", "EFE", "Ecuador recalled its ambassador to Colombia."},
	} {
		a := arts[i+1]
		if a.Title != want.title || a.Source != want.source || a.Text != want.text {
			t.Errorf("related %d: got %q / %q / %q", i, a.Title, a.Source, a.Text)
		}
	}
}

// Related articles with neither a source nor a time line are still read,
// each from its title to the next; nothing after the heading is lost.
func TestRelatedTitlesOnly(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	raw := "Peru and Chile meet\n\nMonday, 15 September 2025 - 10:00 UTC\n\nPeru and Chile met in Lima on Monday.\n\nRelated Articles\n\n" +
		"Bolivia closes border\n\nBolivia closed its border with Peru on Friday.\nTrade stopped.\n\n" +
		"Ecuador recalls envoy\n\nEcuador recalled its ambassador to Colombia.\n"
	arts := ParseText("page.txt", []byte(raw), bp)
	if len(arts) != 3 {
		t.Fatalf("got %d articles, want 3", len(arts))
	}
	if arts[0].Published != "2025-09-15" {
		t.Errorf("main article published %q, want 2025-09-15", arts[0].Published)
	}
	for i, want := range []struct{ title, text string }{
		{"Bolivia closes border", "Bolivia closed its border with Peru on Friday.\nTrade stopped."},
		{"Ecuador recalls envoy", "Ecuador recalled its ambassador to Colombia."},
	} {
		if a := arts[i+1]; a.Title != want.title || a.Text != want.text {
			t.Errorf("related %d: got %q / %q", i, a.Title, a.Text)
		}
	}
}

// Dates written as outlets write them are read, also under a byline line,
// and neither the byline nor the date is left in the text.
func TestOutletDateLines(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	for _, c := range []struct{ raw, want string }{
		{"Dhaka summons Indian envoy\n\nStaff Correspondent\nWed Jan 14, 2026 08:30 PM\n\nBangladesh summoned the envoy.\n", "2026-01-14"},
		{"Kazakhstan summons envoy\n\nNov. 24, 2025\n\nKazakhstan summoned the envoy.\n", "2025-11-24"},
		{"Indonesia, Malaysia agree to talks\n\nJakarta Post - Jakarta\nMon, June 30, 2025\n\nIndonesia and Malaysia agreed.\n", "2025-06-30"},
		{"Peru and Chile meet\n\nUpdated: Sat, Nov 29, 2025, 8:04 PM\n\nPeru and Chile met.\n", "2025-11-29"},
	} {
		arts := ParseText("page.txt", []byte(c.raw), bp)
		if len(arts) != 1 {
			t.Fatalf("%q: got %d articles, want 1", c.raw, len(arts))
		}
		if a := arts[0]; a.Published != c.want || strings.Count(a.Text, "\n") > 0 {
			t.Errorf("%q: published %q, text %q; want %s and one paragraph", c.raw, a.Published, a.Text, c.want)
		}
	}
}

// An outlet's name above the headline is not the title, and dates in
// figures are read where their order is known: dots put the day first,
// slashes only where a number exceeds 12.
func TestMastheadAndNumericDates(t *testing.T) {
	bp, _ := NewBoilerplate(nil)
	for _, c := range []struct{ raw, title, date string }{
		{"DW\nGermany expels two diplomats over spying case\nBerlin ordered two diplomats to leave.\nDate 14.03.2025\n",
			"Germany expels two diplomats over spying case", "2025-03-14"},
		{"Anadolu Agency\nTürkiye, Azerbaijan sign defense protocol\n\nAhmet Yilmaz  |21.10.2025 - Update : 21.10.2025\n\nTürkiye and Azerbaijan signed a protocol.\n",
			"Türkiye, Azerbaijan sign defense protocol", "2025-10-21"},
		{"Peru and Chile agree on border talks\n\n21/10/2025\n\nPeru and Chile agreed.\n", "Peru and Chile agree on border talks", "2025-10-21"},
		{"Peru and Chile agree on border talks\n\n10/21/2025\n\nPeru and Chile agreed.\n", "Peru and Chile agree on border talks", "2025-10-21"},
		{"Peru and Chile agree on border talks\n\n12/11/2025\n\nPeru and Chile agreed.\n", "Peru and Chile agree on border talks", ""},
		{"Times of Lima\nPeru and Chile agree on border talks\nPublished: 7:00pm, 16 Sep 2025\nPeru and Chile agreed.\n",
			"Peru and Chile agree on border talks", "2025-09-16"},
		{"Peru and Chile agree on border talks\nLima Desk / LIMATIMES.COM / Updated: Aug 28, 2025, 22:15 PET\nPeru and Chile agreed.\n",
			"Peru and Chile agree on border talks", "2025-08-28"},
		{"Peru and Chile agree on border talks\nby Rosa Díaz\nOctober 12, 2025 9:41 AM\nPeru and Chile agreed.\n",
			"Peru and Chile agree on border talks", "2025-10-12"},
		{"Vote set for 21.10.2025 in Peru\n\nPeru votes on Monday.\n", "Vote set for 21.10.2025 in Peru", ""},
		{"Lima Herald\nPeru and Chile agree on border talks\nPublished : Oct. 30, 2025 - 18:05\nPeru and Chile agreed.\n",
			"Peru and Chile agree on border talks", "2025-10-30"},
		{"Peru and Chile agree on border talks\nBy LT staff\n22 July 2025, 3:12 pm\nThe Peruvian navy met.\n",
			"Peru and Chile agree on border talks", "2025-07-22"},
		{"Peru and Chile agree on border talks\nLima Online , Sunday 23 Nov 2025\nPeru and Chile agreed.\n",
			"Peru and Chile agree on border talks", "2025-11-23"},
	} {
		arts := ParseText("page.txt", []byte(c.raw), bp)
		if len(arts) != 1 {
			t.Fatalf("%q: got %d articles, want 1", c.raw, len(arts))
		}
		// no byline left in the body
		byline := strings.Contains(strings.ToLower(arts[0].Text), "by ") || strings.Contains(arts[0].Text, "staff")
		if a := arts[0]; a.Title != c.title || a.Published != c.date || c.date != "" && strings.Contains(a.Text, "\n") || byline {
			t.Errorf("%q: title %q, published %q, text %q; want %q, %q and one paragraph", c.raw, a.Title, a.Published, a.Text, c.title, c.date)
		}
	}
}
