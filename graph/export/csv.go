package export

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Streamer runs a read query row by row (graph.Client does).
type Streamer interface {
	Stream(ctx context.Context, cypher string, params map[string]any, fn func(map[string]any) error) error
}

// csvTable is one file of the neo4j-admin import layout: a header with
// typed columns and the query whose rows fill it.
type csvTable struct {
	file   string
	header []string // neo4j-admin header fields, "name:type"
	cols   []string // query columns, in header order
	cypher string
}

// The whole graph as neo4j-admin import files. ID spaces keep entity ids,
// article ids, evidence ids and alias keys apart.
var dumpTables = []csvTable{
	{"entities.csv", []string{"id:ID(Entity)", ":LABEL", "name", "type", "iso3", "aliases:string[]", "search:string[]", "facts:long"},
		[]string{"id", "labels", "name", "type", "iso3", "aliases", "search", "facts"},
		`MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.type AS type, n.iso3 AS iso3, n.aliases AS aliases, n.search AS search, n.facts AS facts ORDER BY id`},
	{"articles.csv", []string{"id:ID(Article)", ":LABEL", "title", "source", "published", "url", "file", "pairs_counted:boolean"},
		[]string{"id", "labels", "title", "source", "published", "url", "file", "pairs_counted"},
		`MATCH (n:Article) RETURN n.id AS id, labels(n) AS labels, n.title AS title, n.source AS source, n.published AS published, n.url AS url, n.file AS file, n.pairs_counted AS pairs_counted ORDER BY id`},
	{"evidence.csv", []string{"id:ID(Evidence)", ":LABEL", "type", "sentence", "date", "modality", "confidence:double", "rule", "title", "negated:boolean"},
		[]string{"id", "labels", "type", "sentence", "date", "modality", "confidence", "rule", "title", "negated"},
		`MATCH (n:Evidence) RETURN n.id AS id, labels(n) AS labels, n.type AS type, n.sentence AS sentence, n.date AS date, n.modality AS modality, n.confidence AS confidence, n.rule AS rule, n.title AS title, n.negated AS negated ORDER BY id`},
	{"aliases.csv", []string{"key:ID(Alias)", ":LABEL"}, []string{"key", "labels"},
		`MATCH (n:Alias) RETURN n.key AS key, labels(n) AS labels ORDER BY key`},
	{"comentions.csv", []string{"pair:ID(CoMention)", ":LABEL", "a", "b", "articles:long"},
		[]string{"pair", "labels", "a", "b", "articles"},
		`MATCH (n:CoMention) RETURN n.pair AS pair, labels(n) AS labels, n.a AS a, n.b AS b, n.articles AS articles ORDER BY pair`},
	{"facts.csv", []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "negated:boolean", "evidence_count:long", "article_count:long",
		"modalities:string[]", "first_date", "last_date", "confidence:double", "title"},
		[]string{"s", "o", "type", "negated", "evidence_count", "article_count", "modalities", "first_date", "last_date", "confidence", "title"},
		`MATCH (a:Entity)-[f]->(b:Entity) RETURN a.id AS s, b.id AS o, type(f) AS type, f.negated AS negated, f.evidence_count AS evidence_count, f.article_count AS article_count, f.modalities AS modalities, f.first_date AS first_date, f.last_date AS last_date, f.confidence AS confidence, f.title AS title ORDER BY s, type, o`},
	{"mentions.csv", []string{":START_ID(Article)", ":END_ID(Entity)", ":TYPE"}, []string{"s", "o", "type"},
		`MATCH (a:Article)-[r:MENTIONS]->(b:Entity) RETURN a.id AS s, b.id AS o, type(r) AS type ORDER BY s, o`},
	{"states.csv", []string{":START_ID(Article)", ":END_ID(Evidence)", ":TYPE"}, []string{"s", "o", "type"},
		`MATCH (a:Article)-[r:STATES]->(b:Evidence) RETURN a.id AS s, b.id AS o, type(r) AS type ORDER BY s, o`},
	{"evidence_links.csv", []string{":START_ID(Evidence)", ":END_ID(Entity)", ":TYPE"}, []string{"s", "o", "type"},
		`MATCH (a:Evidence)-[r:SUBJECT|OBJECT]->(b:Entity) RETURN a.id AS s, b.id AS o, type(r) AS type ORDER BY s, type, o`},
	{"alias_of.csv", []string{":START_ID(Alias)", ":END_ID(Entity)", ":TYPE"}, []string{"s", "o", "type"},
		`MATCH (a:Alias)-[r:ALIAS_OF]->(b:Entity) RETURN a.key AS s, b.id AS o, type(r) AS type ORDER BY s, o`},
}

// Table is one file of the import layout and its typed header.
type Table struct {
	File   string
	Header []string
}

// Layout lists the files WriteGraphCSV writes, nodes first, with their
// headers; tools that make graphs for bulk loading write the same.
func Layout() []Table {
	out := make([]Table, len(dumpTables))
	for i, t := range dumpTables {
		out[i] = Table{File: t.file, Header: append([]string(nil), t.header...)}
	}
	return out
}

// CSVFiles are the node and relationship files WriteGraphCSV writes,
// for the neo4j-admin command line.
func CSVFiles() (nodes, rels []string) {
	for _, t := range dumpTables {
		if strings.HasPrefix(t.header[0], ":START_ID") {
			rels = append(rels, t.file)
		} else {
			nodes = append(nodes, t.file)
		}
	}
	return nodes, rels
}

// WriteGraphCSV streams the whole graph into dir in the layout of
// `neo4j-admin database import full` (see ImportCommand).
func WriteGraphCSV(ctx context.Context, src Streamer, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range dumpTables {
		if err := writeTable(filepath.Join(dir, t.file), t.header, func(emit func([]string) error) error {
			return src.Stream(ctx, t.cypher, nil, func(r map[string]any) error {
				rec := make([]string, len(t.cols))
				for i, c := range t.cols {
					rec[i] = csvValue(r[c])
				}
				return emit(rec)
			})
		}); err != nil {
			return fmt.Errorf("%s: %v", t.file, err)
		}
	}
	return nil
}

// WriteSubgraphCSV writes the entities and facts of g in the same layout
// (entities.csv and facts.csv only).
func WriteSubgraphCSV(g *graph.Subgraph, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ent, fact := dumpTables[0], dumpTables[4]
	err := writeTable(filepath.Join(dir, ent.file), ent.header, func(emit func([]string) error) error {
		for _, n := range sortedNodes(g) {
			if err := emit([]string{n.ID, "Entity;" + n.Label, n.Name, n.Label, n.ISO3, strings.Join(n.Aliases, ";"), "", ""}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return writeTable(filepath.Join(dir, fact.file), fact.header, func(emit func([]string) error) error {
		for _, e := range g.Edges {
			if err := emit([]string{e.Source, e.Target, e.Type, strconv.FormatBool(e.Negated),
				strconv.FormatInt(e.EvidenceCount, 10), strconv.FormatInt(e.ArticleCount, 10),
				strings.Join(e.Modalities, ";"), e.FirstDate, e.LastDate,
				strconv.FormatFloat(e.Confidence, 'f', -1, 64), e.Title}); err != nil {
				return err
			}
		}
		return nil
	})
}

// ImportCommand is the neo4j-admin command that loads a folder written by
// WriteGraphCSV or WriteSubgraphCSV.
func ImportCommand(dir, database string, subgraph bool) string {
	nodes, rels := CSVFiles()
	if subgraph {
		nodes, rels = nodes[:1], rels[:1]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "neo4j-admin database import full %s --overwrite-destination --multiline-fields=true", database)
	for _, n := range nodes {
		fmt.Fprintf(&b, " --nodes=%s", filepath.Join(dir, n))
	}
	for _, r := range rels {
		fmt.Fprintf(&b, " --relationships=%s", filepath.Join(dir, r))
	}
	return b.String()
}

// writeTable writes one CSV file atomically: to a temporary name first,
// renamed into place when complete.
func writeTable(path string, header []string, rows func(emit func([]string) error) error) error {
	tmp := path + ".partial"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	if err := w.Write(header); err != nil {
		f.Close()
		return err
	}
	if err := rows(w.Write); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// csvValue renders a value for neo4j-admin: lists joined by ";", nil empty.
func csvValue(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case []any:
		parts := make([]string, len(t))
		for i, x := range t {
			parts[i] = csvValue(x)
		}
		return strings.Join(parts, ";")
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	}
	return fmt.Sprint(v)
}
