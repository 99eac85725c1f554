package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
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
	name   string
	args   []string
	params []string
	format string
	limit  int
}

func newQueryCmd(f *factory) *cobra.Command {
	o := &queryOptions{}
	cmd := &cobra.Command{
		Use:   "query NAME [ARGS...] [--param k=v ...]",
		Short: "Run a canned query (see `newsgraph queries`)",
		Long: `query runs a canned query in read mode. Positional arguments fill the
required parameters in header order; --param k=v sets any parameter.
Entity parameters accept any name, alias or ISO code, case-insensitively.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.name, o.args = args[0], args[1:]
			return runQuery(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringArrayVar(&o.params, "param", nil, "parameter as name=value (repeatable)")
	cmd.Flags().StringVar(&o.format, "format", "table", "output: table, json, jsonl or csv")
	cmd.Flags().IntVar(&o.limit, "limit", 0, "at most this many rows (0: all)")
	return cmd
}

func runQuery(ctx context.Context, f *factory, o *queryOptions) error {
	qs, err := queries.Load(f.cfg.Queries.Dir)
	if err != nil {
		return err
	}
	var q *queries.Query
	for i := range qs {
		if qs[i].Name == o.name {
			q = &qs[i]
		}
	}
	if q == nil {
		return fmt.Errorf("no query named %q (list them with: newsgraph queries)", o.name)
	}
	raw := map[string]string{}
	pos := 0
	for _, p := range q.Params {
		if p.Required && pos < len(o.args) {
			raw[p.Name] = o.args[pos]
			pos++
		}
	}
	for _, p := range q.Params { // optional ones after the required
		if !p.Required && pos < len(o.args) {
			raw[p.Name] = o.args[pos]
			pos++
		}
	}
	if pos < len(o.args) {
		return fmt.Errorf("query %s takes %d argument(s), got %d", q.Name, len(q.Params), len(o.args))
	}
	for _, kv := range o.params {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("--param %q: write name=value", kv)
		}
		raw[k] = v
	}
	g, err := f.graph(ctx)
	if err != nil {
		return err
	}
	params := map[string]any{}
	for _, p := range q.Params {
		v, ok := raw[p.Name]
		if !ok {
			if p.Required {
				return fmt.Errorf("query %s needs %s (%s)", q.Name, p.Name, p.Help)
			}
			params[p.Name] = nil
			continue
		}
		switch p.Type {
		case "entity":
			id, err := resolveEntity(ctx, g, v)
			if err != nil {
				return err
			}
			params[p.Name] = id
		case "int":
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("parameter %s: %q is not a whole number", p.Name, v)
			}
			params[p.Name] = n
		default:
			params[p.Name] = v
		}
	}
	cols, rows, err := g.Read(ctx, q.Cypher, params)
	if err != nil {
		return fmt.Errorf("query %s: %v", q.Name, err)
	}
	if o.limit > 0 && len(rows) > o.limit {
		rows = rows[:o.limit]
	}
	return printRows(f.stdout, o.format, cols, rows)
}

// resolveEntity maps a name, alias or ISO code to one entity id.
func resolveEntity(ctx context.Context, g *graph.Client, name string) (string, error) {
	key := extract.Fold(name)
	_, rows, err := g.Read(ctx, `MATCH (:Alias {key: $k})-[:ALIAS_OF]->(e:Entity) RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type ORDER BY id`, map[string]any{"k": key})
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

func printRows(w io.Writer, format string, cols []string, rows []map[string]any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []map[string]any{}
		}
		return enc.Encode(rows)
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(cols)
		for _, r := range rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = cell(r[c])
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	case "table":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
		for _, r := range rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = cell(r[c])
				if len(rec[i]) > 120 {
					rec[i] = rec[i][:117] + "..."
				}
			}
			fmt.Fprintln(tw, strings.Join(rec, "\t"))
		}
		return tw.Flush()
	}
	return fmt.Errorf("--format %q: use table, json, jsonl or csv", format)
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
