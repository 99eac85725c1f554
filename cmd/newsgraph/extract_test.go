package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// A fault inside the extractor is reported against its file and article
// instead of ending the run (a nil extractor stands in for the fault).
func TestExtractionFaultIsAnError(t *testing.T) {
	_, err := extractArticle(nil, ingest.Article{File: "wire/today.txt", Title: "Talks resume"})
	if err == nil || !strings.Contains(err.Error(), "wire/today.txt") || !strings.Contains(err.Error(), "Talks resume") {
		t.Fatalf("got %v, want an error naming the file and the article", err)
	}
}
