package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
)

// queryJSON runs one canned query with --format json and decodes its rows.
func queryJSON(t *testing.T, conn []string, args ...string) []map[string]any {
	t.Helper()
	out, e, code := runCLI(t, append(append(conn, "query"), append(args, "--format", "json")...)...)
	if code != 0 {
		t.Fatalf("query %v: exit %d: %s", args, code, e)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("query %v: output is not JSON: %v\n%s", args, err, out)
	}
	return rows
}

// column collects one column of rows as strings.
func column(rows []map[string]any, col string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprint(r[col]))
	}
	return out
}

func hasAll(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, x := range list {
			if x == w {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TestCannedQueries runs every shipped query on the ingested sample and
// checks rows the sample states.
func TestCannedQueries(t *testing.T) {
	c, conn := testGraph(t)
	ctx := context.Background()
	if _, e, code := runCLI(t, append(conn, "ingest", "--quiet", filepath.Join("..", "..", "testdata", "sample"))...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, e)
	}
	checks := []struct {
		args []string
		ok   func([]map[string]any) bool
		want string
	}{
		{[]string{"entity", "PAK"}, func(r []map[string]any) bool {
			return len(r) == 1 && r[0]["name"] == "Pakistan" && r[0]["iso3"] == "PAK" && strings.Contains(fmt.Sprint(r[0]["aliases"]), "Islamabad") &&
				strings.Contains(fmt.Sprint(r[0]["roles"]), "Ishaq Dar (Foreign Minister)") && strings.Contains(fmt.Sprint(r[0]["facts"]), "RESTORES_TIES")
		}, "Pakistan, PAK, with the alias Islamabad, Ishaq Dar's role and its ties"},
		{[]string{"between", "pakistan", "afghanistan"}, func(r []map[string]any) bool {
			return hasAll(column(r, "relation"), "RESTORES_TIES", "MEETS_WITH")
		}, "RESTORES_TIES and MEETS_WITH"},
		{[]string{"timeline", "pakistan", "afghanistan"}, func(r []map[string]any) bool {
			d := column(r, "date")
			for i := 1; i < len(d); i++ {
				if d[i] < d[i-1] {
					return false
				}
			}
			return hasAll(column(r, "relation"), "RESTORES_TIES")
		}, "RESTORES_TIES evidence in date order"},
		{[]string{"bans", "--by", "trump"}, func(r []map[string]any) bool {
			return hasAll(column(r, "on"), "Afghanistan", "Yemen") && hasAll(column(r, "by"), "Donald Trump")
		}, "Donald Trump banning Afghanistan and Yemen"},
		{[]string{"bans", "--on", "yemen"}, func(r []map[string]any) bool {
			return hasAll(column(r, "by"), "Donald Trump") && !hasAll(column(r, "on"), "Afghanistan")
		}, "only bans on Yemen"},
		{[]string{"tariffs"}, func(r []map[string]any) bool {
			return hasAll(column(r, "on"), "China", "Mexico", "Canada")
		}, "tariffs on China, Mexico and Canada"},
		{[]string{"sanctions"}, func(r []map[string]any) bool { return len(r) == 0 }, "no sanctions (the sample states none)"},
		{[]string{"ties"}, func(r []map[string]any) bool {
			return hasAll(column(r, "relation"), "RESTORES_TIES") && hasAll(append(column(r, "subject"), column(r, "object")...), "Pakistan", "Afghanistan")
		}, "Pakistan and Afghanistan restoring ties"},
		{[]string{"conflicts"}, func(r []map[string]any) bool {
			return hasAll(column(r, "relation"), "ATTACKS") && hasAll(column(r, "subject"), "India")
		}, "India's strikes"},
		{[]string{"meetings", "pakistan"}, func(r []map[string]any) bool {
			return hasAll(append(column(r, "subject"), column(r, "object")...), "Afghanistan", "China")
		}, "the trilateral meeting"},
		{[]string{"roles", "fbi"}, func(r []map[string]any) bool {
			return hasAll(column(r, "person"), "Kash Patel") && hasAll(column(r, "title"), "Director")
		}, "Kash Patel, Director"},
		{[]string{"people-of", "china"}, func(r []map[string]any) bool {
			return hasAll(column(r, "person"), "Wang Yi", "Xi Jinping")
		}, "Wang Yi and Xi Jinping"},
		{[]string{"actions-of", "united states"}, func(r []map[string]any) bool {
			return hasAll(column(r, "actor"), "Donald Trump") && hasAll(column(r, "relation"), "IMPOSES_BAN", "IMPOSES_TARIFFS")
		}, "Trump's bans and tariffs rolled up to the United States"},
		{[]string{"path", "Kash Patel", "India"}, func(r []map[string]any) bool {
			return len(r) > 0 && strings.HasPrefix(fmt.Sprint(r[0]["nodes"]), "[Kash Patel") && strings.HasSuffix(fmt.Sprint(r[0]["nodes"]), "India]")
		}, "a path from Kash Patel to India"},
		{[]string{"top", "--type", "Person", "--limit", "3"}, func(r []map[string]any) bool {
			return len(r) == 3 && r[0]["name"] == "Donald Trump"
		}, "three people, Donald Trump first"},
		{[]string{"comentions", "trump"}, func(r []map[string]any) bool {
			return hasAll(column(r, "entity"), "United States")
		}, "the United States"},
		{[]string{"evidence", "pakistan", "RESTORES_TIES", "afghanistan"}, func(r []map[string]any) bool {
			return len(r) >= 2 && hasAll(column(r, "source"), "Yahoo") && strings.Contains(fmt.Sprint(column(r, "sentence")), "exchange ambassadors")
		}, "the sentences with their source"},
		{[]string{"stats"}, func(r []map[string]any) bool {
			for _, row := range r {
				if row["what"] == "Article" && fmt.Sprint(row["count"]) == "4" {
					return true
				}
			}
			return false
		}, "4 articles"},
	}
	tested := map[string]bool{}
	for _, ch := range checks {
		tested[ch.args[0]] = true
		t.Run(strings.Join(ch.args, " "), func(t *testing.T) {
			rows := queryJSON(t, conn, ch.args...)
			if !ch.ok(rows) {
				t.Errorf("want %s; got %v", ch.want, rows)
			}
		})
	}
	out, _, _ := runCLI(t, append(conn, "queries")...)
	for _, l := range strings.Split(out, "\n")[1:] {
		if f := strings.Fields(l); len(f) > 0 && !tested[f[0]] {
			t.Errorf("query %s has no test", f[0])
		}
	}

	t.Run("evidence flag", func(t *testing.T) {
		rows := queryJSON(t, conn, "bans", "--by", "trump", "--on", "yemen", "--evidence")
		if len(rows) != 1 || !strings.Contains(fmt.Sprint(rows[0]["evidence_sentences"]), "barred nationals") {
			t.Errorf("want the sentence behind the ban; got %v", rows)
		}
	})
	t.Run("csv has one header row", func(t *testing.T) {
		out, _, code := runCLI(t, append(conn, "query", "between", "pakistan", "afghanistan", "--format", "csv")...)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if code != 0 || err != nil || len(recs) < 2 || recs[0][0] != "subject" || recs[1][0] == "subject" {
			t.Errorf("csv: exit %d, %v\n%s", code, err, out)
		}
	})
	t.Run("unknown and ambiguous names", func(t *testing.T) {
		_, e, code := runCLI(t, append(conn, "query", "entity", "Pakistn")...)
		if code == 0 || !strings.Contains(e, "Pakistan") {
			t.Errorf("a near miss should suggest Pakistan: exit %d %q", code, e)
		}
		_, e, code = runCLI(t, append(conn, "query", "between", "pakistan", "afghanistan", "--by", "x")...)
		if code == 0 || !strings.Contains(e, "no parameter") {
			t.Errorf("a flag the query does not take: exit %d %q", code, e)
		}
	})
	t.Run("entity lookups seek an index", func(t *testing.T) {
		// Statistics of a graph emptied and refilled a moment ago can be
		// stale; plan against fresh ones, as a real graph has.
		if _, _, err := c.Write(ctx, "CALL db.prepareForReplanning()", nil); err != nil {
			t.Fatal(err)
		}
		lookups := []string{aliasLookup, "MATCH (e:Entity {id: $name}) RETURN e"}
		// comentions reads the pair counts from their indexes
		qs, err := queries.Load("")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Name == "comentions" {
				lookups = append(lookups, q.Cypher)
			}
		}
		if len(lookups) != 3 {
			t.Fatal("no comentions query")
		}
		for _, q := range lookups {
			ops, err := c.Plan(ctx, q, map[string]any{"k": "pakistan", "name": "country:pak", "limit": 10})
			if err != nil {
				t.Fatal(err)
			}
			plan := strings.Join(ops, " ")
			if !strings.Contains(plan, "IndexSeek") || strings.Contains(plan, "LabelScan") || strings.Contains(plan, "AllNodesScan") {
				t.Errorf("%s: plan %s", q, plan)
			}
		}
	})
	t.Run("writes refused in read mode", func(t *testing.T) {
		before, _, _ := c.Counts(ctx)
		_, e, code := runCLI(t, append(conn, "cypher", "MATCH (n) DETACH DELETE n")...)
		after, _, _ := c.Counts(ctx)
		if code == 0 || after["Entity"] != before["Entity"] {
			t.Errorf("a write ran without --write: exit %d %q", code, e)
		}
	})
}
