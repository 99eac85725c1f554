package queries

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest/extract"
)

func TestShippedQueriesLoad(t *testing.T) {
	qs, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Fields("entity between timeline bans sanctions tariffs ties conflicts meetings roles people-of actions-of path top comentions evidence stats")
	have := map[string]bool{}
	for _, q := range qs {
		have[q.Name] = true
		if q.Example == "" || !strings.HasPrefix(q.Example, "newsgraph query "+q.Name) {
			t.Errorf("%s: example %q", q.File, q.Example)
		}
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("no query named %s", w)
		}
	}
}

func TestLoaderRejects(t *testing.T) {
	cases := map[string]struct{ text, want string }{
		"no-key.cypher":    {"// name: x\n// just a remark\nRETURN 1", "no-key.cypher:2: header line needs 'key: value'"},
		"bad-param.cypher": {"// name: x\n// description: d\n// param: a number required - n\nRETURN 1", "bad-param.cypher:3: param needs"},
		"unknown.cypher":   {"// name: x\n// description: d\n// colour: red\nRETURN 1", `unknown.cypher:3: unknown header key "colour"`},
		"empty.cypher":     {"// name: x\n// description: d\n", "empty.cypher:3: no Cypher"},
		"between.cypher":   {"// name: between\n// description: d\nRETURN 1", `query name "between" already defined in queries/between.cypher`},
	}
	for file, c := range cases {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, file), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", file, err, c.want)
		}
	}
}

func TestUserQueries(t *testing.T) {
	dir := t.TempDir()
	_ = os.WriteFile(filepath.Join(dir, "mine.cypher"), []byte("// name: mine\n// description: my question\n// param: who entity required - someone\nMATCH (e:Entity {id: $who}) RETURN e.name AS name\n"), 0o644)
	qs, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var q *Query
	for i := range qs {
		if qs[i].Name == "mine" {
			q = &qs[i]
		}
	}
	if q == nil || !q.HasParam("who") || q.Params[0].Type != "entity" || !q.Params[0].Required {
		t.Fatalf("user query not loaded: %+v", q)
	}
}

// The fact types are spelled out in the queries (Cypher takes no list of
// relationship types as a parameter). Every uppercase relationship name
// a query uses must be a fact type of the ontology or a provenance link,
// and a query that lists fact types in bulk must list them all.
func TestFactTypesMatchTheOntology(t *testing.T) {
	qs, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	facts := map[string]bool{}
	for _, ty := range extract.Types {
		facts[ty] = true
	}
	links := map[string]bool{"MENTIONS": true, "STATES": true, "SUBJECT": true, "OBJECT": true, "ALIAS_OF": true}
	// Names with an underscore are caught whatever they are; single words
	// only when they are a known type or link.
	words := []string{`[A-Z]{2,}(?:_[A-Z]+)+`}
	for n := range links {
		words = append(words, n)
	}
	for n := range facts {
		words = append(words, n)
	}
	name := regexp.MustCompile(`\b(?:` + strings.Join(words, "|") + `)\b`)
	for _, q := range qs {
		used := map[string]bool{}
		for _, n := range name.FindAllString(q.Cypher, -1) {
			if !facts[n] && !links[n] {
				t.Errorf("%s: %s is neither a fact type nor a provenance link", q.File, n)
			}
			if facts[n] {
				used[n] = true
			}
		}
		if len(used) <= len(facts)/2 {
			continue
		}
		// Actions leave out what an entity is rather than does, as a
		// whole; any other gap is a type forgotten.
		for ty := range facts {
			if !used[ty] && !(q.Name == "actions-of" && (ty == "MEMBER_OF" || ty == "BASED_IN")) {
				t.Errorf("%s lists %d fact types but not %s", q.File, len(used), ty)
			}
		}
	}
}
