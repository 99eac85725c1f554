package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkCannedQueries runs every canned query, entity resolution
// included, against the graph at NEWSGRAPH_BENCH_NEO4J_URI (make
// bench-queries loads 100,000 synthetic articles there first).
func BenchmarkCannedQueries(b *testing.B) {
	uri := os.Getenv("NEWSGRAPH_BENCH_NEO4J_URI")
	if uri == "" {
		b.Skip("NEWSGRAPH_BENCH_NEO4J_URI not set (run make bench-queries)")
	}
	cfg := &Config{}
	cfg.Neo4j.URI, cfg.Neo4j.User, cfg.Neo4j.Password = uri, "neo4j", os.Getenv("NEWSGRAPH_BENCH_NEO4J_PASSWORD")
	cfg.Neo4j.Timeout = 10e9
	f := &factory{cfg: cfg, stdout: io.Discard, stderr: io.Discard}
	ctx := context.Background()
	g, err := f.graph(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close(ctx)
	// The most named state, a person and an organisation of the graph.
	pick := func(cypher string) string {
		_, rows, err := g.Read(ctx, cypher, nil)
		if err != nil || len(rows) == 0 {
			b.Fatalf("%s: %v", cypher, err)
		}
		return rows[0]["name"].(string)
	}
	state := pick(`MATCH (c:Country) RETURN c.name AS name, COUNT { (c)<-[:MENTIONS]-() } AS n ORDER BY n DESC LIMIT 1`)
	other := pick(`MATCH (c:Country) RETURN c.name AS name, COUNT { (c)<-[:MENTIONS]-() } AS n ORDER BY n DESC SKIP 1 LIMIT 1`)
	person := pick(`MATCH (p:Person)-[:HOLDS_ROLE]->() RETURN p.name AS name, COUNT { (p)<-[:MENTIONS]-() } AS n ORDER BY n DESC LIMIT 1`)
	b.Logf("most named: %s, %s; person %s", state, other, person)
	cases := [][]string{
		{"entity", state}, {"between", state, other}, {"timeline", state}, {"timeline", state, other},
		{"bans"}, {"bans", "--by", state}, {"sanctions"}, {"tariffs"}, {"ties"}, {"conflicts"},
		{"meetings", state}, {"roles"}, {"roles", state}, {"people-of", state}, {"actions-of", state},
		{"path", person, other}, {"top"}, {"top", "--type", "Person"}, {"comentions", state},
		{"evidence", state, "MEETS_WITH", other}, {"stats"},
	}
	for _, c := range cases {
		name, args, params := c[0], []string{}, []string{}
		for i := 1; i < len(c); i++ {
			if strings.HasPrefix(c[i], "--") {
				params = append(params, strings.TrimPrefix(c[i], "--")+"="+c[i+1])
				i++
				continue
			}
			args = append(args, c[i])
		}
		b.Run(strings.Join(c, "_"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := execQuery(ctx, f, name, args, params, 1000); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
