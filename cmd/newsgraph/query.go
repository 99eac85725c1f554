package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest/extract"
	"github.com/newsgraph/newsgraph/queries"
)

func newQueriesCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "queries",
		Short: "List the canned queries with their parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			qs, err := queries.Load(f.cfg.Queries.Dir)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(f.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tPARAMETERS\tDESCRIPTION")
			for _, q := range qs {
				var ps []string
				for _, p := range q.Params {
					if p.Required {
						ps = append(ps, strings.ToUpper(p.Name))
					} else {
						ps = append(ps, "["+p.Name+"]")
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, " "), q.Description)
			}
			return tw.Flush()
		},
	}
}

type queryOptions struct {
	name     string
	args     []string
	params   []string
	format   string
	limit    int
	evidence bool
	named    map[string]*string // --by, --on, ...: parameters given as flags
}

func newQueryCmd(f *factory) *cobra.Command {
	o := &queryOptions{}
	cmd := &cobra.Command{
		Use:   "query NAME [ARGS...] [--param k=v ...]",
		Short: "Run a canned query (see `newsgraph queries`)",
		Long: `query runs a canned query in read mode. Positional arguments fill the
required parameters in header order; --param k=v sets any parameter.
Entity parameters accept any name, alias or ISO code, case-insensitively.`,
		Example: `  newsgraph query between pakistan afghanistan
  newsgraph query bans --by trump --evidence
  newsgraph query top --type Person --limit 5 --format csv`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.name, o.args = args[0], args[1:]
			o.params = append(o.params, paramFlags(cmd, o.named)...)
			return runQuery(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringArrayVar(&o.params, "param", nil, "parameter as name=value (repeatable)")
	cmd.Flags().StringVar(&o.format, "format", "table", "output: table, json, jsonl or csv")
	cmd.Flags().IntVar(&o.limit, "limit", 1000, "at most this many rows (0: all)")
	cmd.Flags().BoolVar(&o.evidence, "evidence", false, "add the sentences behind each fact, with article title, source and date")
	o.named = addParamFlags(cmd)
	return cmd
}

// addParamFlags makes every parameter of a shipped query a flag of cmd too
// ("bans --by trump"), unless cmd has a flag of that name already.
func addParamFlags(cmd *cobra.Command) map[string]*string {
	named := map[string]*string{}
	for _, name := range shippedParams() {
		if cmd.Flags().Lookup(name) == nil {
			named[name] = cmd.Flags().String(name, "", "parameter "+name+" of the queries that take it")
		}
	}
	return named
}

// shippedParams lists the parameter names of the embedded queries, in
// order of first use; read once for the three commands that offer them.
var shippedParams = sync.OnceValue(func() []string {
	var names []string
	qs, err := queries.Load("")
	if err != nil {
		return nil
	}
	for _, q := range qs {
		for _, p := range q.Params {
			if !slices.Contains(names, p.Name) {
				names = append(names, p.Name)
			}
		}
	}
	return names
})

// paramFlags returns the parameter flags given on the command line as
// name=value.
func paramFlags(cmd *cobra.Command, named map[string]*string) []string {
	var out []string
	for name, v := range named {
		if cmd.Flags().Changed(name) {
			out = append(out, name+"="+*v)
		}
	}
	sort.Strings(out)
	return out
}

func runQuery(ctx context.Context, f *factory, o *queryOptions) error {
	if o.limit < 0 {
		return fmt.Errorf("--limit %d: give a number of rows, or 0 for all", o.limit)
	}
	res, err := execQuery(ctx, f, o.name, o.args, o.params, o.limit)
	if err != nil {
		return err
	}
	rows := res.rows
	if res.truncated {
		fmt.Fprintf(f.stderr, "showing the first %d rows; --limit N for more, --limit 0 for all\n", o.limit)
	}
	cols := res.cols
	if o.evidence {
		if cols, err = addEvidence(ctx, res.g, cols, rows); err != nil {
			return fmt.Errorf("query %s: %v", res.q.Name, err)
		}
	}
	return printRows(f.stdout, o.format, cols, rows)
}

// queryResult is a canned query's answer.
type queryResult struct {
	q         *queries.Query
	g         *graph.Client
	cols      []string
	rows      []map[string]any
	truncated bool // there were more rows than the limit
}

// execQuery runs a canned query by name: positional arguments fill the
// required parameters in header order, then the optional ones; params
// ("name=value") set any; entity parameters are resolved to ids.
func execQuery(ctx context.Context, f *factory, name string, args, kvs []string, limit int) (*queryResult, error) {
	qs, err := queries.Load(f.cfg.Queries.Dir)
	if err != nil {
		return nil, err
	}
	var q *queries.Query
	for i := range qs {
		if qs[i].Name == name {
			q = &qs[i]
		}
	}
	if q == nil {
		return nil, fmt.Errorf("no query named %q (list them with: newsgraph queries)", name)
	}
	raw := map[string]string{}
	pos := 0
	for _, p := range q.Params {
		if p.Required && pos < len(args) {
			raw[p.Name] = args[pos]
			pos++
		}
	}
	for _, p := range q.Params { // optional ones after the required
		if !p.Required && pos < len(args) {
			raw[p.Name] = args[pos]
			pos++
		}
	}
	if pos < len(args) {
		return nil, fmt.Errorf("query %s takes %d argument(s), got %d", q.Name, len(q.Params), len(args))
	}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("--param %q: write name=value", kv)
		}
		if !q.HasParam(k) {
			return nil, fmt.Errorf("query %s has no parameter %q (it takes: %s)", q.Name, k, q.ParamNames())
		}
		raw[k] = v
	}
	g, err := f.graph(ctx)
	if err != nil {
		return nil, err
	}
	params := map[string]any{}
	for _, p := range q.Params {
		v, ok := raw[p.Name]
		if !ok {
			if p.Required {
				return nil, fmt.Errorf("query %s needs %s (%s)", q.Name, p.Name, p.Help)
			}
			params[p.Name] = nil
			continue
		}
		switch p.Type {
		case "entity":
			id, err := resolveEntity(ctx, g, v)
			if err != nil {
				return nil, err
			}
			params[p.Name] = id
		case "int":
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("parameter %s: %q is not a whole number", p.Name, v)
			}
			params[p.Name] = n
		default:
			params[p.Name] = v
		}
	}
	cypher := q.Cypher
	if strings.Contains(cypher, "$limit") {
		// The query places the limit itself, where it saves the most work.
		params["limit"] = math.MaxInt32
		if limit > 0 {
			params["limit"] = limit + 1
		}
	} else if limit > 0 && !endsWithLimit.MatchString(cypher) {
		// The server stops after limit+1 rows; the extra one tells that
		// rows were left out.
		cypher += "\nLIMIT $newsgraph_limit"
		params["newsgraph_limit"] = limit + 1
	}
	cols, rows, err := g.Read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("query %s: %v", q.Name, err)
	}
	res := &queryResult{q: q, g: g, cols: cols, rows: rows}
	if limit > 0 && len(rows) > limit {
		res.rows, res.truncated = rows[:limit], true
	}
	return res, nil
}

// selection is the part of the graph a query's rows name: the facts of
// rows with _s, _type, _o (and _neg), and the entities in _id or _ids.
func (r *queryResult) selection() (graph.Selection, error) {
	sel := graph.Selection{IDs: []string{}}
	for _, row := range r.rows {
		if s, ok := row["_s"].(string); ok {
			if o, ok := row["_o"].(string); ok {
				sel.Facts = append(sel.Facts, graph.FactKey{Subject: s, Type: fmt.Sprint(row["_type"]), Object: o, Negated: row["_neg"] == true})
			}
		}
		if id, ok := row["_id"].(string); ok {
			sel.IDs = append(sel.IDs, id)
		}
		if ids, ok := row["_ids"].([]any); ok {
			for _, id := range ids {
				sel.IDs = append(sel.IDs, fmt.Sprint(id))
			}
		}
	}
	if !hasCols(r.cols, "_s", "_o") && !hasCols(r.cols, "_id") && !hasCols(r.cols, "_ids") {
		return sel, fmt.Errorf("query %s returns no entities or facts to draw", r.q.Name)
	}
	if sel.Facts == nil && len(sel.IDs) == 0 {
		sel.Facts = []graph.FactKey{} // nothing found: an empty graph, not the whole one
	}
	return sel, nil
}

// addEvidence adds to every row that names a fact (hidden columns _s, _type,
// _o, _neg) the evidence behind it: sentence, article, source and date.
func addEvidence(ctx context.Context, g *graph.Client, cols []string, rows []map[string]any) ([]string, error) {
	if !hasCols(cols, "_s", "_type", "_o") {
		return cols, fmt.Errorf("--evidence: this query does not return facts")
	}
	facts := make([]map[string]any, 0, len(rows))
	for i, r := range rows {
		facts = append(facts, map[string]any{"i": i, "s": r["_s"], "t": r["_type"], "o": r["_o"],
			"neg": r["_neg"] == true, "sym": extract.IsSymmetric(fmt.Sprint(r["_type"]))})
	}
	_, ev, err := g.Read(ctx, evidenceCypher, map[string]any{"facts": facts})
	if err != nil {
		return cols, err
	}
	for _, r := range rows {
		r["evidence_sentences"] = []any{}
	}
	for _, e := range ev {
		i := int(e["i"].(int64))
		r := rows[i]
		r["evidence_sentences"] = append(r["evidence_sentences"].([]any), map[string]any{
			"sentence": e["sentence"], "article": e["article"], "source": e["source"], "date": e["date"]})
	}
	return append(cols, "evidence_sentences"), nil
}

const evidenceCypher = `UNWIND $facts AS f
MATCH (x:Entity {id: f.s}), (y:Entity {id: f.o})
MATCH (x)<-[:SUBJECT|OBJECT]-(v:Evidence {type: f.t})-[:SUBJECT|OBJECT]->(y)
WHERE ((v)-[:SUBJECT]->(x) OR f.sym) AND (v.modality = 'negated') = f.neg
MATCH (a:Article)-[:STATES]->(v)
RETURN DISTINCT f.i AS i, v.sentence AS sentence, a.title AS article, a.source AS source, v.date AS date
ORDER BY i, date, sentence`

func hasCols(cols []string, want ...string) bool {
	n := 0
	for _, c := range cols {
		for _, w := range want {
			if c == w {
				n++
			}
		}
	}
	return n == len(want)
}

var endsWithLimit = regexp.MustCompile(`(?is)\bLIMIT\s+\S+\s*$`)

// aliasLookup finds entities by a folded name. The hint keeps it a seek
// on the Alias key constraint whatever the planner's statistics say (after
// a graph is emptied and refilled they can favour scanning entities).
const aliasLookup = `MATCH (al:Alias {key: $k})-[:ALIAS_OF]->(e:Entity) USING INDEX al:Alias(key)
RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type ORDER BY id`

// resolveEntity maps a name, alias or ISO code to one entity id.
func resolveEntity(ctx context.Context, g *graph.Client, name string) (string, error) {
	key := extract.Fold(name)
	_, rows, err := g.Read(ctx, aliasLookup, map[string]any{"k": key})
	if err != nil {
		return "", err
	}
	if len(rows) == 0 {
		// a surname or part of a name
		_, rows, err = g.Read(ctx, `MATCH (al:Alias)-[:ALIAS_OF]->(e:Entity) WHERE al.key STARTS WITH $k OR al.key ENDS WITH ' ' + $k
			RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type ORDER BY id LIMIT 10`, map[string]any{"k": key})
		if err != nil {
			return "", err
		}
	}
	switch len(rows) {
	case 1:
		return rows[0]["id"].(string), nil
	case 0:
		_, near, _ := g.Read(ctx, `MATCH (al:Alias)-[:ALIAS_OF]->(e:Entity) WHERE al.key CONTAINS left($k, 3)
			RETURN DISTINCT e.name AS name ORDER BY name LIMIT 5`, map[string]any{"k": key})
		var names []string
		for _, r := range near {
			names = append(names, fmt.Sprint(r["name"]))
		}
		if len(names) == 0 {
			return "", fmt.Errorf("no entity named %q in the graph", name)
		}
		return "", fmt.Errorf("no entity named %q; closest: %s", name, strings.Join(names, ", "))
	}
	var c []string
	for _, r := range rows {
		c = append(c, fmt.Sprintf("%s (%s, %s)", r["name"], r["type"], r["id"]))
	}
	return "", fmt.Errorf("%q is ambiguous: %s", name, strings.Join(c, "; "))
}

// printRows writes query results. Columns starting with "_" carry ids for
// --evidence and are not shown. A table shows subject, relation and object
// as one readable fact, "Pakistan -[RESTORES_TIES]- Afghanistan", and wraps
// long text instead of cutting it.
func printRows(w io.Writer, format string, cols []string, rows []map[string]any) error {
	shown := cols[:0:0]
	for _, c := range cols {
		if !strings.HasPrefix(c, "_") {
			shown = append(shown, c)
		}
	}
	strip := func(r map[string]any) map[string]any {
		out := make(map[string]any, len(shown))
		for _, c := range shown {
			out[c] = r[c]
		}
		return out
	}
	switch format {
	case "json":
		out := make([]map[string]any, 0, len(rows))
		for _, r := range rows {
			out = append(out, strip(r))
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(strip(r)); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(shown)
		for _, r := range rows {
			rec := make([]string, len(shown))
			for i, c := range shown {
				rec[i] = cell(r[c])
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	case "table":
		return printTable(w, shown, rows)
	}
	return fmt.Errorf("--format %q: use table, json, jsonl or csv", format)
}

const wrapAt = 72

func printTable(w io.Writer, cols []string, rows []map[string]any) error {
	fact := hasCols(cols, "subject", "relation", "object")
	var head []string
	for _, c := range cols {
		switch {
		case fact && c == "subject":
			head = append(head, "FACT")
		case fact && (c == "relation" || c == "object" || c == "negated"):
		default:
			head = append(head, strings.ToUpper(strings.ReplaceAll(c, "_", " ")))
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rows {
		var cells [][]string
		for _, c := range cols {
			switch {
			case fact && c == "subject":
				cells = append(cells, wrap(factString(r), wrapAt))
			case fact && (c == "relation" || c == "object" || c == "negated"):
			case c == "evidence_sentences":
				cells = append(cells, evidenceLines(r[c]))
			default:
				cells = append(cells, wrap(cell(r[c]), wrapAt))
			}
		}
		height := 1
		for _, l := range cells {
			height = max(height, len(l))
		}
		for k := 0; k < height; k++ {
			line := make([]string, len(cells))
			for i, l := range cells {
				if k < len(l) {
					line[i] = l[k]
				}
			}
			fmt.Fprintln(tw, strings.Join(line, "\t"))
		}
	}
	return tw.Flush()
}

// factString renders one fact: arrows for directed types, "NOT" for a
// negated one.
func factString(r map[string]any) string {
	rel := cell(r["relation"])
	arrow := "->"
	if extract.IsSymmetric(rel) {
		arrow = "-"
	}
	if r["negated"] == true {
		rel = "NOT " + rel
	}
	return fmt.Sprintf("%s -[%s]%s %s", cell(r["subject"]), rel, arrow, cell(r["object"]))
}

func evidenceLines(v any) []string {
	items, _ := v.([]any)
	var out []string
	for _, it := range items {
		m, _ := it.(map[string]any)
		out = append(out, wrap(fmt.Sprintf("%q", m["sentence"]), wrapAt)...)
		out = append(out, fmt.Sprintf("  - %s (%s, %s)", cell(m["article"]), cell(m["source"]), cell(m["date"])))
	}
	return out
}

// wrap breaks text into lines of at most width characters at spaces.
func wrap(s string, width int) []string {
	if len([]rune(s)) <= width {
		return []string{s}
	}
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(word)) > width {
			out = append(out, line)
			line = word
			continue
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return append(out, line)
}

func cell(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case []any:
		s := make([]string, len(t))
		for i, x := range t {
			s[i] = cell(x)
		}
		return strings.Join(s, ", ")
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var s []string
		for _, k := range keys {
			s = append(s, k+"="+cell(t[k]))
		}
		return strings.Join(s, " ")
	}
	return fmt.Sprint(v)
}

func newCypherCmd(f *factory) *cobra.Command {
	var params []string
	var format string
	var write bool
	cmd := &cobra.Command{
		Use:   "cypher 'QUERY' [--param k=v ...]",
		Short: "Run an ad-hoc Cypher query (read-only unless --write)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p := map[string]any{}
			for _, kv := range params {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					return fmt.Errorf("--param %q: write name=value", kv)
				}
				p[k] = v
			}
			g, err := f.graph(cmd.Context())
			if err != nil {
				return err
			}
			run := g.Read
			if write {
				run = g.Write
			}
			cols, rows, err := run(cmd.Context(), args[0], p)
			if err != nil {
				return fmt.Errorf("cypher: %v", err)
			}
			return printRows(f.stdout, format, cols, rows)
		},
	}
	cmd.Flags().StringArrayVar(&params, "param", nil, "parameter as name=value (repeatable)")
	cmd.Flags().StringVar(&format, "format", "table", "output: table, json, jsonl or csv")
	cmd.Flags().BoolVar(&write, "write", false, "allow writes")
	return cmd
}
