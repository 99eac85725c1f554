// Command genbench writes a synthetic newsgraph graph of many articles in
// the neo4j-admin import layout of `newsgraph export --format csv`, for the
// query benchmarks (make bench-queries). The shape follows news: a few
// states and people are in many articles (Zipf-distributed popularity),
// each article names 6 to 12 entities and states 2 to 6 facts between them.
// Output is the same for the same flags.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

type entity struct {
	id, label, name, iso3 string
	aliases               []string
}

type fact struct {
	s, t, o     string
	neg         bool
	evidence    int
	articles    map[int]bool
	mods        map[string]bool
	first, last string
	conf        float64
}

var (
	given   = strings.Fields("Amina Omar Lena Ravi Chen Sofia Yusuf Ines Mateo Hana Kofi Ana Ivan Leila Tomas Mei Arjun Zara Pablo Nadia Jonas Aisha Kenji Olga Samir Elena Diego Fatima Lars Priya")
	family  = strings.Fields("Okafor Haddad Novak Silva Tanaka Kovacs Rahman Moreau Petrov Nguyen Costa Mensah Larsen Ortiz Kaya Brennan Dubois Sato Ivanova Mwangi Rossi Khalil Berg Park Alvarez Lindqvist Osei Farouk Weber Quispe")
	heads   = strings.Fields("Institute Council Agency Party Movement Commission Bureau Ministry Forum Alliance")
	types   = extract.Types
	modList = []string{"asserted", "asserted", "asserted", "planned", "alleged", "negated"}
)

func main() {
	n := flag.Int("articles", 100000, "number of articles")
	out := flag.String("out", ".bench/csv", "folder to write")
	countries := flag.String("countries", "ingest/extract/data/countries.tsv", "country list")
	flag.Parse()
	if err := run(*n, *out, *countries); err != nil {
		fmt.Fprintln(os.Stderr, "genbench:", err)
		os.Exit(1)
	}
}

func run(n int, out, countriesFile string) error {
	rng := rand.New(rand.NewSource(1))
	var ents []entity
	raw, err := os.ReadFile(countriesFile)
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(raw), "\n") {
		f := strings.Split(l, "\t")
		if len(f) < 6 || strings.HasPrefix(l, "#") {
			continue
		}
		al := []string{f[1], f[0]}
		if d := strings.Split(f[4], ";"); d[0] != "" {
			al = append(al, d[0])
		}
		ents = append(ents, entity{id: "country:" + strings.ToLower(f[0]), label: "Country", name: f[1], iso3: f[0], aliases: al})
	}
	nCountries := len(ents)
	for i := 0; i < 20000; i++ {
		name := fmt.Sprintf("%s %s", given[i%len(given)], family[(i/len(given))%len(family)])
		if i >= len(given)*len(family) {
			name += " " + strconv.Itoa(i/(len(given)*len(family)))
		}
		ents = append(ents, entity{id: "person:" + slug(name), label: "Person", name: name, aliases: []string{name}})
	}
	for i := 0; i < 3000; i++ {
		name := fmt.Sprintf("%s %s %d", family[i%len(family)], heads[i%len(heads)], i)
		ents = append(ents, entity{id: "org:" + slug(name), label: "Organization", name: name, aliases: []string{name}})
	}
	// Popularity: states first and by their order in a shuffled list.
	zipf := rand.NewZipf(rng, 1.15, 4, uint64(len(ents)-1))
	order := rng.Perm(len(ents))
	sort.SliceStable(order, func(i, j int) bool { return (order[i] < nCountries) && !(order[j] < nCountries) })
	pick := func() int { return order[zipf.Uint64()] }

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	w := map[string]*csv.Writer{}
	var files []*os.File
	for _, t := range export.Layout() {
		f, err := os.Create(filepath.Join(out, t.File))
		if err != nil {
			return err
		}
		files = append(files, f)
		cw := csv.NewWriter(f)
		_ = cw.Write(t.Header)
		w[t.File] = cw
	}
	facts := map[string]*fact{}
	var factOrder []string
	pairs := map[[2]string]int{} // co-mention counts, as ingestion keeps them
	for a := 0; a < n; a++ {
		aid := fmt.Sprintf("art-%08d", a)
		date := fmt.Sprintf("2025-%02d-%02d", 1+a*12/n, 1+rng.Intn(28))
		_ = w["articles.csv"].Write([]string{aid, "Article", fmt.Sprintf("Synthetic article %d", a), "Bench Wire", date, "https://bench.test/" + aid, "bench", "true"})
		seen := map[int]bool{}
		var named []int
		for k := 6 + rng.Intn(7); len(named) < k; {
			e := pick()
			if !seen[e] {
				seen[e] = true
				named = append(named, e)
			}
		}
		for i, e := range named {
			_ = w["mentions.csv"].Write([]string{aid, ents[e].id, "MENTIONS"})
			for _, f := range named[:i] {
				p := [2]string{ents[e].id, ents[f].id}
				if p[1] < p[0] {
					p[0], p[1] = p[1], p[0]
				}
				pairs[p]++
			}
		}
		for k := 2 + rng.Intn(5); k > 0; k-- {
			s, o := ents[named[rng.Intn(len(named))]], ents[named[rng.Intn(len(named))]]
			if s.id == o.id {
				continue
			}
			t := types[rng.Intn(len(types))]
			if t == "HOLDS_ROLE" && (s.label != "Person" || o.label == "Person") {
				t = "MEETS_WITH"
			}
			if extract.IsSymmetric(t) && o.id < s.id {
				s, o = o, s
			}
			mod := modList[rng.Intn(len(modList))]
			conf := 0.6 + float64(rng.Intn(30))/100
			vid := fmt.Sprintf("ev-%08d-%d", a, k)
			sentence := fmt.Sprintf("%s %s %s, a synthetic sentence of article %d.", s.name, strings.ToLower(t), o.name, a)
			_ = w["evidence.csv"].Write([]string{vid, "Evidence", t, sentence, date, mod, strconv.FormatFloat(conf, 'f', 2, 64), "bench", "", strconv.FormatBool(mod == "negated")})
			_ = w["states.csv"].Write([]string{aid, vid, "STATES"})
			_ = w["evidence_links.csv"].Write([]string{vid, s.id, "SUBJECT"})
			_ = w["evidence_links.csv"].Write([]string{vid, o.id, "OBJECT"})
			key := s.id + "|" + t + "|" + o.id + "|" + strconv.FormatBool(mod == "negated")
			f := facts[key]
			if f == nil {
				f = &fact{s: s.id, t: t, o: o.id, neg: mod == "negated", articles: map[int]bool{}, mods: map[string]bool{}, first: date, last: date}
				facts[key] = f
				factOrder = append(factOrder, key)
			}
			f.evidence++
			f.articles[a] = true
			f.mods[mod] = true
			if date < f.first {
				f.first = date
			}
			if date > f.last {
				f.last = date
			}
			if conf > f.conf {
				f.conf = conf
			}
		}
	}
	for _, k := range factOrder {
		f := facts[k]
		var mods []string
		for m := range f.mods {
			mods = append(mods, m)
		}
		sort.Strings(mods)
		_ = w["facts.csv"].Write([]string{f.s, f.o, f.t, strconv.FormatBool(f.neg), strconv.Itoa(f.evidence), strconv.Itoa(len(f.articles)),
			strings.Join(mods, ";"), f.first, f.last, strconv.FormatFloat(f.conf, 'f', 2, 64), ""})
	}
	pairKeys := make([][2]string, 0, len(pairs))
	for p := range pairs {
		pairKeys = append(pairKeys, p)
	}
	sort.Slice(pairKeys, func(i, j int) bool {
		return pairKeys[i][0] < pairKeys[j][0] || pairKeys[i][0] == pairKeys[j][0] && pairKeys[i][1] < pairKeys[j][1]
	})
	for _, p := range pairKeys {
		_ = w["comentions.csv"].Write([]string{p[0] + "|" + p[1], "CoMention", p[0], p[1], strconv.Itoa(pairs[p])})
	}
	factsOf := map[string]int{}
	for _, f := range facts {
		factsOf[f.s]++
		factsOf[f.o]++
	}
	aliasSeen := map[string]bool{}
	for _, e := range ents {
		var keys []string
		mine := map[string]bool{}
		for _, al := range e.aliases {
			k := extract.Fold(al)
			if mine[k] {
				continue
			}
			mine[k] = true
			keys = append(keys, k)
			if !aliasSeen[k] {
				aliasSeen[k] = true
				_ = w["aliases.csv"].Write([]string{k, "Alias"})
			}
			_ = w["alias_of.csv"].Write([]string{k, e.id, "ALIAS_OF"})
		}
		count := ""
		if n := factsOf[e.id]; n > 0 {
			count = strconv.Itoa(n)
		}
		_ = w["entities.csv"].Write([]string{e.id, "Entity;" + e.label, e.name, e.label, e.iso3, strings.Join(e.aliases, ";"), strings.Join(keys, ";"), count})
	}
	for i, t := range export.Layout() {
		cw := w[t.File]
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		_ = files[i].Close()
	}
	fmt.Fprintf(os.Stderr, "genbench: %d articles, %d entities, %d facts in %s\n", n, len(ents), len(facts), out)
	return nil
}

func slug(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), " ", "-")
}
