package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// TestConfigPrecedence sets one key in each layer in turn and checks that
// every layer overrides the one below it: flag > env > file > default.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config.yaml")
	yaml := "neo4j:\n  uri: bolt://from-file:7687\n  database: filedb\ningest:\n  batch_size: 7\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	type layers struct {
		file  bool
		env   map[string]string
		flags []string
	}
	cases := []struct {
		name      string
		in        layers
		uri, db   string
		batchSize int
	}{
		{"defaults", layers{}, "bolt://127.0.0.1:7687", "", 50},
		{"file over default", layers{file: true}, "bolt://from-file:7687", "filedb", 7},
		{"env over file", layers{file: true, env: map[string]string{"NEWSGRAPH_NEO4J_URI": "neo4j://from-env:7687", "NEWSGRAPH_INGEST_BATCH_SIZE": "9"}},
			"neo4j://from-env:7687", "filedb", 9},
		{"flag over env", layers{file: true, env: map[string]string{"NEWSGRAPH_NEO4J_URI": "neo4j://from-env:7687"},
			flags: []string{"--neo4j-uri", "bolt://from-flag:7687", "--batch-size", "11"}}, "bolt://from-flag:7687", "filedb", 11},
		{"env without file", layers{env: map[string]string{"NEWSGRAPH_NEO4J_DATABASE": "envdb"}}, "bolt://127.0.0.1:7687", "envdb", 50},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fl := pflag.NewFlagSet("test", pflag.ContinueOnError)
			addConfigFlags(fl)
			args := c.in.flags
			if c.in.file {
				args = append(args, "--config", file)
			}
			if err := fl.Parse(args); err != nil {
				t.Fatal(err)
			}
			env := func(k string) string {
				if k == "HOME" {
					return dir // no user config file is picked up
				}
				return c.in.env[k]
			}
			cfg, err := loadConfig(fl, env)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Neo4j.URI != c.uri || cfg.Neo4j.Database != c.db || cfg.Ingest.BatchSize != c.batchSize {
				t.Errorf("got uri %s db %q batch %d; want %s %q %d", cfg.Neo4j.URI, cfg.Neo4j.Database, cfg.Ingest.BatchSize, c.uri, c.db, c.batchSize)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	_ = os.WriteFile(bad, []byte("neo4j: [unclosed\n"), 0o600)
	for name, args := range map[string][]string{
		"missing file":   {"--config", filepath.Join(dir, "none.yaml")},
		"malformed file": {"--config", bad},
		"bad batch size": {"--batch-size", "0"},
		"bad timeout":    {"--neo4j-timeout", "soon"},
	} {
		fl := pflag.NewFlagSet("test", pflag.ContinueOnError)
		addConfigFlags(fl)
		_ = fl.Parse(args)
		_, err := loadConfig(fl, func(k string) string {
			if k == "HOME" {
				return dir
			}
			return ""
		})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(args[1], dir) && !strings.Contains(err.Error(), args[1]) {
			t.Errorf("%s: error does not name the file: %v", name, err)
		}
	}
}

// TestPasswordNeverPrinted runs commands that fail with a secret set in
// each layer and checks no output carries it.
func TestPasswordNeverPrinted(t *testing.T) {
	const secret = "s3cret-Value-42"
	t.Setenv("NEWSGRAPH_NEO4J_PASSWORD", secret)
	for _, args := range [][]string{
		{"--neo4j-uri", "bolt://127.0.0.1:1", "doctor"},
		{"--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-password", secret, "query", "stats"},
		{"--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-password", secret, "doctor"},
	} {
		out, e, _ := runCLI(t, args...)
		if strings.Contains(out+e, secret) {
			t.Errorf("%v printed the password:\n%s%s", args, out, e)
		}
	}
}

// TestConnectionErrors needs no server: a closed port and a host that
// cannot resolve (.invalid never does) each give one line that says what
// to fix, and a non-zero exit.
func TestConnectionErrors(t *testing.T) {
	for uri, want := range map[string]string{
		"bolt://127.0.0.1:1":                    "connection refused",
		"bolt://newsgraph-no-such-host.invalid": "unknown host",
	} {
		_, e, code := runCLI(t, "--neo4j-uri", uri, "--neo4j-timeout", "8s", "query", "stats")
		if code == 0 || !strings.Contains(e, want) || !strings.Contains(e, "NEWSGRAPH_NEO4J_URI") ||
			strings.Count(strings.TrimSpace(e), "\n") > 0 || strings.Contains(e, "goroutine") {
			t.Errorf("%s: exit %d, stderr %q", uri, code, e)
		}
	}
}

// TestEntitiesAudit checks the audit names every alias merged into an
// entity, and that config.yaml aliases reach it.
func TestEntitiesAudit(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	_ = os.WriteFile(doc, []byte("Talks in Kyiv\n\nUkrainian officials met in Kiev. Ukraine said the talks went well.\n"), 0o644)
	cfg := filepath.Join(dir, "config.yaml")
	_ = os.WriteFile(cfg, []byte("extract:\n  aliases:\n    Kiev: UKR\n"), 0o644)
	out, e, code := runCLI(t, "--config", cfg, "entities", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "country:ukr") {
			line = l
		}
	}
	for _, alias := range []string{"Kiev", "Ukraine", "Ukrainian"} {
		if !strings.Contains(line, alias) {
			t.Errorf("alias %s missing from %q\n%s", alias, line, out)
		}
	}
}

// TestDictionaryExtensions checks that each extract.* list in config.yaml
// reaches extraction.
func TestDictionaryExtensions(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	_ = os.WriteFile(doc, []byte("Report\n\nChief Ombudsman Lena Berg met the Coastal Directorate in Georgia. Zorblat declined to comment.\n"), 0o644)
	cfg := filepath.Join(dir, "config.yaml")
	_ = os.WriteFile(cfg, []byte("extract:\n  titles: [ombudsman]\n  orgheads: [Directorate]\n  places: [Georgia]\n  notentities: [Zorblat]\n"), 0o644)
	out, e, code := runCLI(t, "--config", cfg, "entities", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	for _, want := range []string{"person:lena-berg", "org:coastal-directorate"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s:\n%s", want, out)
		}
	}
	for _, unwanted := range []string{"country:geo", "Zorblat"} {
		if strings.Contains(out, unwanted) {
			t.Errorf("%s should not be an entity:\n%s", unwanted, out)
		}
	}
}
