// Package tsv writes the generated two-column data files of
// ingest/extract/data: comment lines, then one "name<TAB>value" line per
// name, sorted, so that a regenerated file differs only where its source
// does.
package tsv

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// Write writes header (each line given its "# ") and rows to path.
func Write(path string, header []string, rows map[string]string) error {
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	for _, n := range names {
		fmt.Fprintf(&b, "%s\t%s\n", n, rows[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
