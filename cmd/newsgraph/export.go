package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

type exportOptions struct {
	format   string
	query    string
	args     []string
	params   []string
	out      string
	evidence bool
}

func newExportCmd(f *factory) *cobra.Command {
	o := &exportOptions{}
	var named map[string]*string // the query parameters as flags
	cmd := &cobra.Command{
		Use:   "export --format graphml|gexf|dot|cytoscape|csv [--query NAME [ARGS...]] [--out FILE]",
		Short: "Write the graph, or a query's part of it, for Gephi, yEd, Cytoscape, Graphviz or neo4j-admin",
		Long: `export writes the entities and facts of the graph, or only those a canned
query returns (--query NAME followed by its arguments), for graph tools:

  graphml    Gephi, yEd, Cytoscape desktop; attributes typed
  gexf       Gephi, with each fact's first and last date as a time interval
  dot        Graphviz (dot -Tsvg), coloured by label
  cytoscape  Cytoscape.js elements JSON
  csv        a folder of neo4j-admin import files; the whole graph (articles,
             evidence and aliases too) or a query's entities and facts

Nodes carry id, label, name, aliases and ISO code; edges carry type,
evidence and article counts, modalities, first and last date, and with
--evidence the sentences behind them. Output goes to stdout unless --out is
given (required for csv: a folder). Files are written whole or not at all.`,
		Example: `  newsgraph export --format graphml --query between pakistan afghanistan --out pak-afg.graphml
  newsgraph export --format gexf --evidence --out news.gexf
  newsgraph export --format dot --query bans --by trump | dot -Tsvg > bans.svg
  newsgraph export --format csv --out dump/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.query == "" && len(args) > 0 {
				return fmt.Errorf("arguments %q given without --query", args)
			}
			o.args = args
			o.params = append(o.params, paramFlags(cmd, named)...)
			return runExport(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "graphml", "graphml, gexf, dot, cytoscape or csv")
	cmd.Flags().StringVar(&o.query, "query", "", "export only what this canned query returns; its arguments follow")
	cmd.Flags().StringArrayVar(&o.params, "param", nil, "query parameter as name=value (repeatable)")
	cmd.Flags().StringVar(&o.out, "out", "", "file to write (a folder for csv); default stdout")
	cmd.Flags().BoolVar(&o.evidence, "evidence", false, "add the evidence sentences to each edge")
	named = addParamFlags(cmd)
	return cmd
}

// subgraph fetches the whole graph, or the part a query names.
func subgraph(ctx context.Context, f *factory, query string, args, params []string, evidence bool) (*graph.Subgraph, *graph.Client, error) {
	var sel graph.Selection
	var g *graph.Client
	if query != "" {
		res, err := execQuery(ctx, f, query, args, params, 0)
		if err != nil {
			return nil, nil, err
		}
		if sel, err = res.selection(); err != nil {
			return nil, nil, err
		}
		g = res.g
	} else {
		var err error
		if g, err = f.graph(ctx); err != nil {
			return nil, nil, err
		}
	}
	sel.Evidence = evidence
	sg, err := g.Subgraph(ctx, sel, extract.IsSymmetric)
	return sg, g, err
}

func runExport(ctx context.Context, f *factory, o *exportOptions) error {
	if o.format != "csv" && !contains(export.Formats, o.format) {
		return fmt.Errorf("--format %q: use %s or csv", o.format, strings.Join(export.Formats, ", "))
	}
	if o.format == "csv" {
		if o.out == "" {
			return fmt.Errorf("--format csv writes several files: give a folder with --out")
		}
		if o.query == "" {
			g, err := f.graph(ctx)
			if err != nil {
				return err
			}
			if err := export.WriteGraphCSV(ctx, g, o.out); err != nil {
				return fmt.Errorf("export %s: %v", o.out, err)
			}
		} else {
			sg, _, err := subgraph(ctx, f, o.query, o.args, o.params, false)
			if err != nil {
				return err
			}
			if err := export.WriteSubgraphCSV(sg, o.out); err != nil {
				return fmt.Errorf("export %s: %v", o.out, err)
			}
		}
		fmt.Fprintf(f.stderr, "wrote %s; load it into an empty database with:\n  %s\n", o.out, export.ImportCommand(o.out, "neo4j", o.query != ""))
		return nil
	}
	sg, _, err := subgraph(ctx, f, o.query, o.args, o.params, o.evidence)
	if err != nil {
		return err
	}
	return writeOut(f.stdout, o.out, func(w io.Writer) error { return export.Write(w, o.format, sg) })
}

// writeOut writes to stdout, or to a file that appears only when complete.
func writeOut(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func newStyleCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "style",
		Short: "Print the Neo4j Browser style sheet for newsgraph's labels",
		Long: `style prints a Neo4j Browser style sheet (GraSS): countries blue, people
orange, organisations green, nodes captioned by name and relationships by
type. Save it (newsgraph style > newsgraph.grass), type :style in Neo4j
Browser and drop the file onto the style panel.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(f.stdout, export.BrowserStyle)
			return err
		},
	}
}
