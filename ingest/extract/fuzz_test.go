package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract feeds the extractor mangled news text; it must never fail.
// Seeds are the paragraphs of the reader fixtures; run longer with
// go test -fuzz FuzzExtract ./ingest/extract.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/formats/good/*")
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err == nil && len(raw) < 4000 {
			f.Add("", string(raw))
		}
	}
	f.Add("Taiwan protests after Lai's transit", "President Lai Ching-te returned. Lai said so.")
	f.Add("A, B agree", "X (Y) and Z-W met on 3 May; it said.")
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		x.Extract(Doc{Title: title, Text: text, Published: "2025-05-23"})
	})
}
