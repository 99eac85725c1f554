// Package queries holds the canned Cypher queries shipped with newsgraph,
// one per .cypher file with a comment header, and loads users' own.
package queries

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Param is one parameter of a query.
type Param struct {
	Name     string
	Type     string // string, int, entity (any name, alias or ISO code)
	Required bool
	Help     string
}

// Query is one canned query.
type Query struct {
	Name, Description, Example, Cypher, File string
	Params                                   []Param
}

// HasParam reports whether q takes a parameter of that name.
func (q *Query) HasParam(name string) bool {
	for _, p := range q.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// ParamNames lists q's parameters for messages, "none" when it has none.
func (q *Query) ParamNames() string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// Load returns the embedded queries plus those in dir (if not empty),
// rejecting a malformed header or a duplicate name with file and line.
func Load(dir string) ([]Query, error) {
	var out []Query
	seen := map[string]string{}
	add := func(file, text string) error {
		q, err := parse(file, text)
		if err != nil {
			return err
		}
		if prev, ok := seen[q.Name]; ok {
			return fmt.Errorf("%s:1: query name %q already defined in %s", file, q.Name, prev)
		}
		seen[q.Name] = file
		out = append(out, q)
		return nil
	}
	entries, _ := files.ReadDir(".")
	for _, e := range entries {
		raw, _ := files.ReadFile(e.Name())
		if err := add("queries/"+e.Name(), string(raw)); err != nil {
			return nil, err
		}
	}
	if dir != "" {
		paths, err := filepath.Glob(filepath.Join(dir, "*.cypher"))
		if err != nil {
			return nil, err
		}
		sort.Strings(paths)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			if err := add(p, string(raw)); err != nil {
				return nil, err
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func parse(file, text string) (Query, error) {
	q := Query{File: file}
	lines := strings.Split(text, "\n")
	body := 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "//") {
			body = i
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(l, "//")), ":")
		if !ok {
			return q, fmt.Errorf("%s:%d: header line needs 'key: value'", file, i+1)
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "example":
			q.Example = val
		case "param":
			// name type required|optional - help
			spec, help, _ := strings.Cut(val, " - ")
			f := strings.Fields(spec)
			if len(f) != 3 || (f[2] != "required" && f[2] != "optional") || (f[1] != "string" && f[1] != "int" && f[1] != "entity") {
				return q, fmt.Errorf("%s:%d: param needs 'name string|int|entity required|optional - help'", file, i+1)
			}
			q.Params = append(q.Params, Param{Name: f[0], Type: f[1], Required: f[2] == "required", Help: strings.TrimSpace(help)})
		default:
			return q, fmt.Errorf("%s:%d: unknown header key %q", file, i+1, key)
		}
	}
	if q.Name == "" || q.Description == "" {
		return q, fmt.Errorf("%s:1: header needs name and description", file)
	}
	q.Cypher = strings.TrimSpace(strings.Join(lines[body:], "\n"))
	if q.Cypher == "" {
		return q, fmt.Errorf("%s:%d: no Cypher after the header", file, body+1)
	}
	return q, nil
}
