package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

type extractOptions struct {
	inputs  []string
	format  string // output: json, jsonl, table
	input   string // input format, "" to sniff
	explain bool
}

// articleOut is one element of the extract JSON contract.
type articleOut struct {
	ID        string             `json:"id"`
	File      string             `json:"file"`
	Title     string             `json:"title"`
	Source    string             `json:"source"`
	Published string             `json:"published"`
	URL       string             `json:"url"`
	Text      string             `json:"text"`
	Entities  []extract.Entity   `json:"entities"`
	Relations []extract.Relation `json:"relations"`
}

func newExtractCmd(f *factory) *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE|DIR|GLOB|- ...",
		Short: "Print the articles, entities and relations found in files (no Neo4j needed)",
		Long: `extract reads the inputs, splits them into articles and prints what it finds.
--format json prints one document {"articles": [...]} (the contract the
evaluation reads), jsonl one article a line, table an audit of every entity
with its id and the aliases it absorbed. --explain adds the rule and trigger
behind each relation. Output is deterministic for the same input.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.inputs = args
			return runExtract(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "json", "output format: json, jsonl or table")
	cmd.Flags().StringVar(&o.input, "input-format", "", "force the input format: text, html, json, jsonl or feed")
	cmd.Flags().BoolVar(&o.explain, "explain", false, "show the rule and trigger behind each relation")
	return cmd
}

// newEntitiesCmd is the entity audit: extract --format table under the name
// users look for.
func newEntitiesCmd(f *factory) *cobra.Command {
	o := &extractOptions{format: "table"}
	cmd := &cobra.Command{
		Use:   "entities [flags] FILE|DIR|GLOB|- ...",
		Short: "List the entities found in files with their ids and every alias they absorbed",
		Long: `entities prints each entity found in the inputs once: its type, name, the
stable id it gets in the graph, how many articles name it, and every
surface form merged into it, so you can see why two names became one node.
Add aliases or keep two entities apart in config.yaml (extract.aliases,
extract.nevermerge). Same as: newsgraph extract --format table.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.inputs = args
			return runExtract(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVar(&o.input, "input-format", "", "force the input format: text, html, json, jsonl or feed")
	return cmd
}

func runExtract(ctx context.Context, f *factory, o *extractOptions) error {
	if o.format != "json" && o.format != "jsonl" && o.format != "table" {
		return fmt.Errorf("--format %q: use json, jsonl or table", o.format)
	}
	rd, x, err := f.pipeline(o.input)
	if err != nil {
		return err
	}
	files, errs := ingest.Expand(o.inputs)
	var out []articleOut
	for _, path := range files {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		arts, err := rd.ReadFile(path, f.stdin)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, a := range arts {
			res, err := extractArticle(x, a)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if !o.explain {
				for i := range res.Relations {
					res.Relations[i].Rule, res.Relations[i].Trigger = "", ""
				}
			}
			out = append(out, articleOut{ID: a.ID, File: a.File, Title: a.Title, Source: a.Source,
				Published: a.Published, URL: a.URL, Text: a.Text,
				Entities: nonNil(res.Entities), Relations: nonNil(res.Relations)})
		}
	}
	switch o.format {
	case "json":
		if out == nil {
			out = []articleOut{}
		}
		enc := json.NewEncoder(f.stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"articles": out}); err != nil {
			return err
		}
	case "jsonl":
		enc := json.NewEncoder(f.stdout)
		enc.SetEscapeHTML(false)
		for _, a := range out {
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
	case "table":
		writeEntityTable(f.stdout, out)
	}
	return reportFileErrors(f.stderr, errs)
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// reportFileErrors prints one line per failed input; any failure makes the
// exit code non-zero after all good inputs were processed.
func reportFileErrors(w io.Writer, errs []error) error {
	for _, e := range errs {
		fmt.Fprintln(w, "newsgraph: skipped", e)
	}
	if len(errs) > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d input(s) failed; the others were processed", len(errs))}
	}
	return nil
}

func writeEntityTable(w io.Writer, arts []articleOut) {
	type row struct {
		e     extract.Entity
		count int
	}
	seen := map[string]*row{}
	var order []string
	for _, a := range arts {
		for _, e := range a.Entities {
			r, ok := seen[e.ID]
			if !ok {
				r = &row{e: e}
				seen[e.ID] = r
				order = append(order, e.ID)
			} else {
				for _, al := range e.Aliases {
					if !contains(r.e.Aliases, al) {
						r.e.Aliases = append(r.e.Aliases, al)
					}
				}
			}
			r.count++
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tNAME\tID\tARTICLES\tALIASES")
	for _, id := range order {
		r := seen[id]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", r.e.Type, r.e.Name, r.e.ID, r.count, strings.Join(r.e.Aliases, "; "))
	}
	tw.Flush()
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// extractArticle runs extraction on one article. A fault in the extractor
// becomes an error naming the file and article, so the other articles
// are still read and written.
func extractArticle(x *extract.Extractor, a ingest.Article) (res extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: article %q: extraction failed (please report it): %v", a.File, a.Title, r)
		}
	}()
	return x.Extract(extract.Doc{Title: a.Title, Text: a.Text, Published: a.Published}), nil
}
