package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/extract"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// factory builds dependencies lazily, so that help, extract and queries
// never dial Neo4j.
type factory struct {
	cfg    *Config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	client *graph.Client
}

func (f *factory) graph(ctx context.Context) (*graph.Client, error) {
	if f.client == nil {
		c, err := graph.Open(ctx, f.cfg.Neo4j)
		if err != nil {
			return nil, err
		}
		f.client = c
	}
	return f.client, nil
}

// pipeline builds the reader (forced to format unless empty) and the
// extractor that extract and ingest share.
func (f *factory) pipeline(format string) (*ingest.Reader, *extract.Extractor, error) {
	bp, err := ingest.NewBoilerplate(f.cfg.Ingest.Boilerplate)
	if err != nil {
		return nil, nil, err
	}
	x, err := extract.New(f.cfg.Extract)
	if err != nil {
		return nil, nil, err
	}
	return &ingest.Reader{Boilerplate: bp, Fields: f.cfg.Ingest.JSONFields, Format: format}, x, nil
}

// exitError carries an exit code chosen by a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	f := &factory{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if f.client != nil {
		f.client.Close(context.Background())
	}
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "newsgraph:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "newsgraph:", err)
	return 1
}

func newRootCmd(f *factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Build a Neo4j knowledge graph of countries, people and organisations from news",
		Long: `newsgraph reads news articles (page dumps, text, HTML, JSON, JSON Lines,
RSS and Atom), finds the countries, people and organisations in them and the
typed relations between them, each traced to its sentence, article and date,
and writes them to Neo4j. Canned queries answer the usual questions.

Configuration: flags > NEWSGRAPH_* environment variables > config.yaml > defaults.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags(), os.Getenv)
			if err != nil {
				return err
			}
			f.cfg = cfg
			return nil
		},
	}
	addConfigFlags(root.PersistentFlags())
	root.AddCommand(newVersionCmd(f), newExtractCmd(f), newEntitiesCmd(f), newDoctorCmd(f), newInitCmd(f),
		newIngestCmd(f), newQueriesCmd(f), newQueryCmd(f), newCypherCmd(f),
		newExportCmd(f), newStyleCmd(f), newViewCmd(f))
	return root
}

func newVersionCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the newsgraph version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(f.stdout, "newsgraph %s\n", version)
			return nil
		},
	}
}
