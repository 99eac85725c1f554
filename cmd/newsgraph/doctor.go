package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func newDoctorCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "doctor",
		Short: "Check configuration, connectivity, server version and schema",
		Long: `doctor prints the configuration in effect (secrets masked), connects to
Neo4j and reports the server version and edition, the database, and whether
the schema is in place. It exits non-zero with the reason and the fix when
something is wrong.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runDoctor(cmd.Context(), f) },
	}
}

func runDoctor(ctx context.Context, f *factory) error {
	c := f.cfg
	w := f.stdout
	file := c.File
	if file == "" {
		file = "(none, defaults)"
	}
	db := c.Neo4j.Database
	if db == "" {
		db = "(server default)"
	}
	fmt.Fprintf(w, "config file:  %s\n", file)
	fmt.Fprintf(w, "neo4j uri:    %s\n", c.Neo4j.URI)
	fmt.Fprintf(w, "neo4j user:   %s\n", c.Neo4j.User)
	fmt.Fprintf(w, "password:     %s\n", mask(c.Neo4j.Password))
	fmt.Fprintf(w, "database:     %s\n", db)
	g, err := f.graph(ctx)
	if err != nil {
		return err
	}
	ver, ed, err := g.ServerInfo(ctx)
	if err != nil {
		return fmt.Errorf("server info: %v", err)
	}
	fmt.Fprintf(w, "server:       Neo4j %s %s\n", ver, ed)
	if !graph.Supported(ver) {
		return &exitError{code: 2, msg: fmt.Sprintf("Neo4j %s is too old: newsgraph needs 5.26 or later (upgrade the server, or use make up for a local one)", ver)}
	}
	missing, err := g.MissingSchema(ctx)
	if err != nil {
		return fmt.Errorf("read schema: %v", err)
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "schema:       missing %s\n", strings.Join(missing, ", "))
		return &exitError{code: 2, msg: "schema incomplete: run `newsgraph init`"}
	}
	fmt.Fprintln(w, "schema:       ok")
	return nil
}

func mask(s string) string {
	if s == "" {
		return "(empty)"
	}
	return "**** (set)"
}

func newInitCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Create the graph's constraints and indexes (safe to run again)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, err := f.graph(cmd.Context())
			if err != nil {
				return err
			}
			if err := g.Init(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintln(f.stdout, "schema ready")
			return nil
		},
	}
}
