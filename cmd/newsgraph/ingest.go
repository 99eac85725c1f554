package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

type ingestOptions struct {
	inputs []string
	format string
	quiet  bool
}

func newIngestCmd(f *factory) *cobra.Command {
	o := &ingestOptions{}
	cmd := &cobra.Command{
		Use:   "ingest [flags] FILE|DIR|GLOB|- ...",
		Short: "Extract articles and write them to Neo4j (idempotent)",
		Long: `ingest reads the inputs, extracts entities and relations, and writes
Article, entity, MENTIONS, fact and Evidence nodes in batches (one
transaction each). Running it again on the same input changes nothing.
A bad file is reported with its path and reason; the rest is ingested and
the exit code is 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.inputs = args
			return runIngest(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "input-format", "", "force the input format: text, html, json, jsonl or feed")
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

type summary struct {
	files, articles, duplicates, evidence int
	entities                              map[string]bool
	facts                                 map[string]bool
	failed                                []error
}

func runIngest(ctx context.Context, f *factory, o *ingestOptions) error {
	start := time.Now()
	rd, x, err := f.pipeline(o.format)
	if err != nil {
		return err
	}
	files, errs := ingest.Expand(o.inputs)
	g, err := f.graph(ctx)
	if err != nil {
		return err
	}
	if err := g.Init(ctx); err != nil {
		return err
	}
	var bar *progressbar.ProgressBar
	if !o.quiet && isTerminal(f.stderr) {
		bar = progressbar.NewOptions(len(files), progressbar.OptionSetWriter(f.stderr),
			progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	}
	sum := &summary{entities: map[string]bool{}, facts: map[string]bool{}, failed: errs}
	valid := map[string]bool{}
	for _, t := range extract.Types {
		valid[t] = true
	}
	// Stages: read files -> extract (in input order) -> write batches,
	// joined by bounded channels so a slow server slows the readers.
	type readResult struct {
		arts []ingest.Article
		err  error
	}
	docs := make(chan readResult, 4)
	// A batch carries the number of files it completes, so the bar moves
	// when their articles are in the graph, not when they were read.
	type batchOf struct {
		arts  []graph.ArticleData
		files int
	}
	batches := make(chan batchOf, 2)
	eg, ctx := errgroup.WithContext(ctx)
	eg.Go(func() error {
		defer close(docs)
		for _, p := range files {
			arts, err := rd.ReadFile(p, f.stdin)
			select {
			case docs <- readResult{arts, err}:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	eg.Go(func() error {
		defer close(batches)
		seen := map[string]bool{}
		var batch batchOf
		send := func() error {
			select {
			case batches <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = batchOf{}
			return nil
		}
		for d := range docs {
			if d.err != nil {
				sum.failed = append(sum.failed, d.err)
				batch.files++
				continue
			}
			sum.files++
			for _, a := range d.arts {
				if seen[a.ID] {
					sum.duplicates++
					continue
				}
				seen[a.ID] = true
				res, err := extractArticle(x, a)
				if err != nil {
					sum.failed = append(sum.failed, err)
					continue
				}
				batch.arts = append(batch.arts, toGraph(a, res, sum))
				if len(batch.arts) >= f.cfg.Ingest.BatchSize {
					if err := send(); err != nil {
						return err
					}
				}
			}
			batch.files++ // its last article is in the batch being filled
		}
		if len(batch.arts) > 0 || batch.files > 0 {
			return send()
		}
		return nil
	})
	eg.Go(func() error {
		for b := range batches {
			if len(b.arts) > 0 {
				if err := g.WriteBatch(ctx, b.arts, valid); err != nil {
					return fmt.Errorf("write batch of %d articles (first %s from %s): %w", len(b.arts), b.arts[0].ID, b.arts[0].File, err)
				}
			}
			sum.articles += len(b.arts)
			if bar != nil {
				_ = bar.Add(b.files)
			}
		}
		return nil
	})
	if err := eg.Wait(); err != nil {
		return err
	}
	if bar != nil {
		_ = bar.Finish()
	}
	fmt.Fprintf(f.stderr, "ingested %d files, %d articles, %d entities, %d facts, %d evidence; %d duplicate articles skipped, %d failures, %s\n",
		sum.files, sum.articles, len(sum.entities), len(sum.facts), sum.evidence, sum.duplicates, len(sum.failed),
		time.Since(start).Round(time.Millisecond))
	return reportFileErrors(f.stderr, sum.failed)
}

func toGraph(a ingest.Article, res extract.Result, sum *summary) graph.ArticleData {
	out := graph.ArticleData{ID: a.ID, File: a.File, Title: a.Title, Source: a.Source, Published: a.Published, URL: a.URL}
	for _, e := range res.Entities {
		search := []string{extract.Fold(e.Name)}
		for _, al := range e.Aliases {
			if k := extract.Fold(al); !contains(search, k) {
				search = append(search, k)
			}
		}
		if e.ISO3 != "" && !contains(search, extract.Fold(e.ISO3)) {
			search = append(search, extract.Fold(e.ISO3))
		}
		out.Entities = append(out.Entities, graph.EntityData{ID: e.ID, Type: e.Type, Name: e.Name, ISO3: e.ISO3, Aliases: e.Aliases, Search: search})
		sum.entities[e.ID] = true
	}
	for _, r := range res.Relations {
		out.Relations = append(out.Relations, graph.RelationData{Type: r.Type, Subject: r.Subject, Object: r.Object,
			Modality: r.Modality, Date: r.Date, Evidence: r.Evidence, Rule: r.Rule, Title: r.Title, Confidence: r.Confidence})
		sum.facts[fmt.Sprint(r.Type, r.Subject, r.Object, r.Modality == extract.Negated)] = true
		sum.evidence++
	}
	return out
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
