package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files from the readers' current output")

// TestReadersGolden reads every fixture in testdata/formats/good (one per
// format) and the sample page dump, and compares the articles found with
// the golden file beside them. Run `go test ./ingest -update` after a
// deliberate change and review the diff.
func TestReadersGolden(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/formats/good/*")
	paths = append(paths, "../testdata/sample/daily8-pakistan-afghanistan-china.txt")
	r := &Reader{Boilerplate: mustBP(t)}
	formats := map[string]bool{}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			formats[sniff(p, raw)+filepath.Ext(p)] = true
			arts, err := r.Parse(p, raw)
			if err != nil {
				t.Fatal(err)
			}
			for i := range arts {
				arts[i].File = filepath.Base(p)
			}
			got, _ := json.MarshalIndent(arts, "", "  ")
			golden := filepath.Join("../testdata/formats/golden", filepath.Base(p)+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with: go test ./ingest -run TestReadersGolden -update)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s differs from %s:\n%s", p, golden, got)
			}
		})
	}
	var seen []string
	for f := range formats {
		seen = append(seen, f)
	}
	sort.Strings(seen)
	for _, want := range []string{"html.html", "json.json", "jsonl.jsonl", "feed.rss", "feed.atom", "text.md", "text.txt"} {
		if !formats[want] {
			t.Errorf("no fixture read as %s; have %v", want, seen)
		}
	}
}

// TestBadFilesGolden checks each broken fixture fails with its reason.
func TestBadFilesGolden(t *testing.T) {
	r := &Reader{Boilerplate: mustBP(t)}
	want := map[string]string{
		"scan.txt":    "binary file",
		"empty.txt":   "empty file",
		"broken.json": "invalid JSON",
		"cut.html":    "truncated",
	}
	for name, reason := range want {
		p := filepath.Join("../testdata/formats/bad", name)
		_, err := r.ReadFile(p, nil)
		if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), reason) {
			t.Errorf("%s: want an error naming the file and %q, got %v", name, reason, err)
		}
	}
}
