package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// snapshot is everything a graph holds that ingest writes: counts per label
// and type, and every fact with its properties.
func snapshot(t *testing.T, c *graph.Client) string {
	t.Helper()
	ctx := context.Background()
	labels, rels, err := c.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, facts, err := c.Read(ctx, `MATCH (s)-[f]->(o) WHERE f.evidence_count IS NOT NULL
		RETURN s.id + ' ' + type(f) + ' ' + o.id AS k, f.negated AS neg, f.evidence_count AS n, f.article_count AS a,
		       f.modalities AS m, f.first_date AS d1, f.last_date AS d2, f.confidence AS c ORDER BY k, neg`, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, aliases, _ := c.Read(ctx, `MATCH (e:Entity) RETURN e.id AS id, e.aliases AS al ORDER BY id`, nil)
	return fmt.Sprint(labels, rels, facts, aliases)
}

// TestBadFilesLoseNothingElse ingests a folder of good files in every
// format mixed with broken ones.
func TestBadFilesLoseNothingElse(t *testing.T) {
	c, conn := testGraph(t)
	dir := t.TempDir()
	for _, sub := range []string{"good", "bad"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "formats", sub, "*"))
		for _, f := range files {
			raw, _ := os.ReadFile(f)
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	_, e, code := runCLI(t, append(conn, "ingest", "--quiet", dir)...)
	if code == 0 {
		t.Error("exit code 0 despite broken files")
	}
	for _, bad := range []string{"scan.txt", "empty.txt", "broken.json", "cut.html"} {
		if !strings.Contains(e, filepath.Join(dir, bad)+":") {
			t.Errorf("%s not reported:\n%s", bad, e)
		}
	}
	_, rows, err := c.Read(context.Background(), "MATCH (a:Article) RETURN a.title AS t ORDER BY t", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 13 {
		t.Errorf("want the 13 articles of the good files, got %d: %v", len(rows), rows)
	}
	// Every article landed whole: each has its mentions.
	_, bare, _ := c.Read(context.Background(), "MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN a.title AS t", nil)
	if len(bare) > 0 {
		t.Errorf("articles without mentions: %v", bare)
	}
}

// TestConcurrentIngest starts two ingest processes at once on overlapping
// inputs and compares the graph with one process's.
func TestConcurrentIngest(t *testing.T) {
	c, conn := testGraph(t)
	bin := filepath.Join(t.TempDir(), "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	sample := filepath.Join("..", "..", "testdata", "sample")
	good := filepath.Join("..", "..", "testdata", "formats", "good")
	inputs := [][]string{{sample, good}, {good, sample}}
	ingest := func(paths []string) error {
		args := append(append([]string{}, conn...), "ingest", "--quiet", "--batch-size", "1")
		cmd := exec.Command(bin, append(args, paths...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%v: %s", err, out)
		}
		return nil
	}
	if err := ingest(inputs[0]); err != nil {
		t.Fatal(err)
	}
	one := snapshot(t, c)
	for round := 0; round < 3; round++ {
		if _, _, err := c.Write(context.Background(), "MATCH (n) DETACH DELETE n", nil); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, len(inputs))
		for i, in := range inputs {
			wg.Add(1)
			go func(i int, in []string) {
				defer wg.Done()
				errs[i] = ingest(in)
			}(i, in)
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if two := snapshot(t, c); two != one {
			t.Fatalf("round %d: two processes left a different graph than one\none: %s\ntwo: %s", round, one, two)
		}
		checkAggregates(t, c)
	}
}

// checkAggregates recomputes every fact's properties from its evidence and
// compares them with what ingest stored incrementally.
func checkAggregates(t *testing.T, c *graph.Client) {
	t.Helper()
	_, rows, err := c.Read(context.Background(), `
MATCH (s:Entity)-[f]->(o:Entity) WHERE f.evidence_count IS NOT NULL
MATCH (art:Article)-[:STATES]->(ev:Evidence)-[:SUBJECT]->(s)
WHERE ev.type = type(f) AND ev.negated = f.negated AND (ev)-[:OBJECT]->(o)
WITH s, f, o, collect(ev) AS evs, count(DISTINCT art) AS arts
WITH s, f, o, evs, arts,
     [m IN ['alleged', 'asserted', 'negated', 'planned'] WHERE any(e IN evs WHERE e.modality = m)] AS mods,
     [e IN evs WHERE e.date <> '' | e.date] AS dates,
     reduce(c = 0.0, e IN evs | CASE WHEN e.confidence > c THEN e.confidence ELSE c END) AS conf
WITH s, f, o, size(evs) AS n, arts, mods, conf,
     CASE WHEN size(dates) = 0 THEN null ELSE reduce(d = dates[0], x IN dates | CASE WHEN x < d THEN x ELSE d END) END AS first,
     CASE WHEN size(dates) = 0 THEN null ELSE reduce(d = dates[0], x IN dates | CASE WHEN x > d THEN x ELSE d END) END AS last
WHERE f.evidence_count <> n OR f.article_count <> arts OR f.modalities <> mods OR f.confidence <> conf
   OR coalesce(f.first_date, '') <> coalesce(first, '') OR coalesce(f.last_date, '') <> coalesce(last, '')
RETURN s.id + ' ' + type(f) + ' ' + o.id AS fact, f.evidence_count AS stored, n AS recomputed`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		t.Errorf("fact %v: stored properties differ from its evidence: %v", r["fact"], r)
	}
	_, fresh, _ := c.Read(context.Background(), "MATCH (ev:Evidence) WHERE ev._fresh IS NOT NULL RETURN count(ev) AS n", nil)
	if n := fresh[0]["n"].(int64); n > 0 {
		t.Errorf("%d evidence nodes still marked fresh", n)
	}
	checkCoMentions(t, c)
}

// checkCoMentions recounts, from the MENTIONS of every article, how many
// articles name each pair of entities and compares it with the CoMention
// counts ingest kept.
func checkCoMentions(t *testing.T, c *graph.Client) {
	t.Helper()
	ctx := context.Background()
	_, rows, err := c.Read(ctx, `
MATCH (a:Entity)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b:Entity) WHERE a.id < b.id
WITH a.id + '|' + b.id AS pair, count(*) AS n
OPTIONAL MATCH (c:CoMention {pair: pair})
WITH pair, n, c.articles AS stored WHERE stored IS NULL OR stored <> n
RETURN pair, n, stored LIMIT 20`, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		t.Errorf("pair %v: %v articles name both, %v counted", r["pair"], r["n"], r["stored"])
	}
	_, left, err := c.Read(ctx, `
RETURN COUNT { MATCH (c:CoMention) WHERE NOT EXISTS {
         MATCH (:Entity {id: c.a})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(:Entity {id: c.b}) } } AS stray,
       COUNT { MATCH ()-[m:MENTIONS]->() WHERE m._new IS NOT NULL } AS marked,
       COUNT { MATCH (a:Article) WHERE a.pairs_counted IS NULL } AS uncounted`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := left[0]; r["stray"].(int64)+r["marked"].(int64)+r["uncounted"].(int64) > 0 {
		t.Errorf("co-mention bookkeeping left behind: %v", r)
	}
}

// TestCoMentionCounts follows the pair counts through an article that
// gains entities when read again (same URL, updated text) and through a
// graph written before counts were kept.
func TestCoMentionCounts(t *testing.T) {
	c, conn := testGraph(t)
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		line := fmt.Sprintf(`{"title": "Talks in Kabul", "url": "https://cm.test/kabul", "source": "CM Test", "published": "2025-03-01", "text": %q}`+"\n"+
			`{"title": "Ministers meet", "url": "https://cm.test/other", "source": "CM Test", "published": "2025-03-02", "text": "Pakistan and China held talks in Beijing on Monday."}`+"\n", text)
		if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("v1.jsonl", "Pakistan and Afghanistan held talks in Kabul on Saturday.")
	second := write("v2.jsonl", "Pakistan and Afghanistan held talks in Kabul on Saturday. China and Iran sent envoys to the talks.")
	pairs := func() map[string]int64 {
		_, rows, err := c.Read(ctx, "MATCH (c:CoMention) RETURN c.pair AS p, c.articles AS n", nil)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int64{}
		for _, r := range rows {
			out[r["p"].(string)] = r["n"].(int64)
		}
		return out
	}
	for _, f := range []string{first, first, second, second} {
		if _, e, code := runCLI(t, append(conn, "ingest", "--quiet", f)...); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", f, code, e)
		}
		checkCoMentions(t, c)
	}
	got := pairs()
	if got["country:afg|country:pak"] != 1 || got["country:chn|country:pak"] != 2 || got["country:chn|country:irn"] != 1 {
		t.Errorf("pair counts after the update: %v", got)
	}
	out, _, _ := runCLI(t, append(conn, "query", "comentions", "pakistan", "--format", "csv")...)
	if !strings.Contains(out, "China,Country,2") {
		t.Errorf("comentions pakistan: want China in 2 articles:\n%s", out)
	}
	// A graph from before the counts: init counts every article once.
	if _, _, err := c.Write(ctx, "MATCH (cm:CoMention) DELETE cm WITH count(*) AS _ MATCH (a:Article) REMOVE a.pairs_counted", nil); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if _, e, code := runCLI(t, append(conn, "init")...); code != 0 {
			t.Fatalf("init: exit %d: %s", code, e)
		}
	}
	checkCoMentions(t, c)
	if again := pairs(); fmt.Sprint(again) != fmt.Sprint(got) {
		t.Errorf("counts rebuilt by init differ: %v, were %v", again, got)
	}
}
