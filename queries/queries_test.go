package queries

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
