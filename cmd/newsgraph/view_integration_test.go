package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds Debian's Chromium; CI installs it, a developer machine
// without it skips the browser test.
func chromium(t *testing.T) string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not installed (apt-get install chromium)")
	}
	t.Skip("no chromium here")
	return ""
}

// artifact is where a test keeps files for people to look at.
func artifact(t *testing.T, name string) string {
	dir := os.Getenv("NEWSGRAPH_TEST_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	_ = os.MkdirAll(dir, 0o755)
	return filepath.Join(dir, name)
}

// TestViewInChromium opens `view bans` in headless Chromium with the
// network off and checks what an analyst would see.
func TestViewInChromium(t *testing.T) {
	_, conn := testGraph(t)
	exe := chromium(t)
	if _, err := viewer.ReadFile(viewLib); err != nil {
		t.Fatal("built without the Cytoscape.js library: run `make build` before the tests")
	}
	if _, e, code := runCLI(t, append(conn, "ingest", "--quiet", filepath.Join("..", "..", "testdata", "sample"))...); code != 0 {
		t.Fatalf("ingest: %s", e)
	}
	page := filepath.Join(t.TempDir(), "bans.html")
	if _, e, code := runCLI(t, append(conn, "view", "bans", "--out", page)...); code != 0 {
		t.Fatalf("view: %s", e)
	}
	out, _, _ := runCLI(t, append(conn, "export", "--format", "cytoscape", "--query", "bans")...)
	var want struct {
		Elements struct{ Nodes, Edges []any } `json:"elements"`
	}
	if err := json.Unmarshal([]byte(out), &want); err != nil {
		t.Fatal(err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true), chromedp.WindowSize(1400, 900),
		chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var mu sync.Mutex
	var problems []string
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				msg := string(e.Type)
				if len(e.Args) > 0 {
					msg += " " + string(e.Args[0].Value)
				}
				problems = append(problems, msg)
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		}
	}))
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.CSS("#cy canvas"))); err != nil {
		t.Fatal(err)
	}
	eval := func(js string, v any) {
		t.Helper()
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatalf("%s: %v", js, err)
		}
	}
	var nodes, edges, overlaps int
	var neighbours, requests []string
	eval(`cy.nodes().length`, &nodes)
	eval(`cy.edges().length`, &edges)
	eval(`cy.nodes().filter(n => n.data('name') === 'Donald Trump').outgoers('node').map(n => n.data('name'))`, &neighbours)
	// Label boxes of different nodes must not overlap.
	eval(`(() => { const bb = cy.nodes().map(n => n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
		let k = 0; for (let i = 0; i < bb.length; i++) for (let j = i + 1; j < bb.length; j++) {
		const a = bb[i], b = bb[j]; if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) k++; } return k; })()`, &overlaps)
	// Everything came from the file itself: no resource was fetched.
	eval(`performance.getEntriesByType('resource').map(r => r.name)`, &requests)
	// Click, with the mouse, the middle of the edge to Yemen.
	var pos []float64
	eval(`(() => { const e = cy.edges().filter(e => e.target().data('name') === 'Yemen')[0];
		const p = e.renderedMidpoint(), r = document.getElementById('cy').getBoundingClientRect();
		return [p.x + r.left, p.y + r.top]; })()`, &pos)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(pos[0], pos[1])); err != nil {
		t.Fatal(err)
	}
	details, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#details")))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	// The listener does see console errors: a probe must arrive.
	var ignored any
	eval(`console.error("probe"), 1`, &ignored)
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	seenProbe := false
	var real []string
	for _, p := range problems {
		if strings.Contains(p, "probe") {
			seenProbe = true
		} else {
			real = append(real, p)
		}
	}
	mu.Unlock()
	if !seenProbe {
		t.Error("console listener saw no probe: console errors would go unnoticed")
	}
	if len(requests) > 0 {
		t.Errorf("the page fetched %v", requests)
	}
	problems = real
	png := artifact(t, "view-bans.png")
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", png)
	if len(problems) > 0 {
		t.Errorf("page problems: %v", problems)
	}
	if nodes != len(want.Elements.Nodes) || edges != len(want.Elements.Edges) || nodes == 0 {
		t.Errorf("drawn %d nodes, %d edges; the export has %d, %d", nodes, edges, len(want.Elements.Nodes), len(want.Elements.Edges))
	}
	for _, c := range []string{"Afghanistan", "Yemen"} {
		if !strings.Contains(strings.Join(neighbours, ","), c) {
			t.Errorf("Donald Trump not linked to %s: %v", c, neighbours)
		}
	}
	if overlaps > 0 {
		t.Errorf("%d pairs of node labels overlap", overlaps)
	}
	if !strings.Contains(details, "barred nationals") || !strings.Contains(details, "IMPOSES_BAN") {
		t.Errorf("clicking the edge to Yemen shows %q", details)
	}
}

// TestExportFormats exports the ingested sample in every format and reads
// each back with a parser of that format.
func TestExportFormats(t *testing.T) {
	c, conn := testGraph(t)
	if _, e, code := runCLI(t, append(conn, "ingest", "--quiet", filepath.Join("..", "..", "testdata", "sample"))...); code != 0 {
		t.Fatalf("ingest: %s", e)
	}
	dir := t.TempDir()
	exportTo := func(args ...string) string {
		t.Helper()
		_, e, code := runCLI(t, append(append(conn, "export"), args...)...)
		if code != 0 {
			t.Fatalf("export %v: exit %d: %s", args, code, e)
		}
		return e
	}

	t.Run("graphml", func(t *testing.T) {
		p := filepath.Join(dir, "between.graphml")
		exportTo("--format", "graphml", "--evidence", "--out", p, "--query", "between", "pakistan", "afghanistan")
		g := readGraphML(t, p)
		if g.nodes["country:pak"]["name"] != "Pakistan" || g.nodes["country:afg"]["iso3"] != "AFG" || len(g.nodes) != 2 {
			t.Errorf("nodes: %v", g.nodes)
		}
		types := map[string]bool{}
		for _, e := range g.edges {
			types[e["type"]] = true
			if e["evidence_count"] == "" || e["evidence"] == "" {
				t.Errorf("edge without counts or evidence: %v", e)
			}
		}
		if !types["RESTORES_TIES"] || !types["MEETS_WITH"] {
			t.Errorf("edge types %v", types)
		}
		if g.keyType["evidence_count"] != "int" || g.keyType["confidence"] != "double" || g.keyType["negated"] != "boolean" {
			t.Errorf("attribute types %v", g.keyType)
		}
	})
	t.Run("graphml and gexf read by networkx", func(t *testing.T) {
		// networkx, a reader of both formats independent of ours (part of
		// the machine's Python), reads the files back.
		if err := exec.Command("python3", "-c", "import networkx").Run(); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("python3 with networkx not found")
			}
			t.Skip("no networkx here")
		}
		gml := filepath.Join(dir, "nx.graphml")
		gexf := filepath.Join(dir, "nx.gexf")
		exportTo("--format", "graphml", "--evidence", "--out", gml)
		exportTo("--format", "gexf", "--out", gexf)
		script := `
import json, sys, networkx as nx
out = {}
for name, g in (("graphml", nx.read_graphml(sys.argv[1])), ("gexf", nx.read_gexf(sys.argv[2]))):
    e = [d for _, _, d in g.edges(data=True) if d.get("type") == "RESTORES_TIES"][0]
    out[name] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                 "pak": g.nodes["country:pak"].get("name", g.nodes["country:pak"].get("label")),
                 "evidence_count": type(e["evidence_count"]).__name__, "first": e.get("first_date", e.get("start")),
                 "has_evidence": bool(e.get("evidence"))}
print(json.dumps(out))`
		raw, err := exec.Command("python3", "-c", script, gml, gexf).CombinedOutput()
		if err != nil {
			t.Fatalf("networkx could not read the exports: %v\n%s", err, raw)
		}
		var got map[string]struct {
			Nodes, Edges  int
			Pak           string
			EvidenceCount string `json:"evidence_count"`
			First         any
			HasEvidence   bool `json:"has_evidence"`
		}
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatalf("%v: %s", err, raw)
		}
		_, want, _ := c.Read(context.Background(), "MATCH (e:Entity) WITH count(e) AS n MATCH (:Entity)-[f]->(:Entity) WHERE f.evidence_count IS NOT NULL RETURN n, count(f) AS m", nil)
		for _, name := range []string{"graphml", "gexf"} {
			g := got[name]
			if int64(g.Nodes) != want[0]["n"].(int64) || int64(g.Edges) != want[0]["m"].(int64) {
				t.Errorf("%s: networkx read %d nodes, %d edges; the graph has %v", name, g.Nodes, g.Edges, want[0])
			}
			if g.Pak != "Pakistan" || g.EvidenceCount != "int" || g.First == nil {
				t.Errorf("%s: attributes read back as %+v", name, g)
			}
		}
		if !got["graphml"].HasEvidence {
			t.Error("graphml: --evidence sentences missing")
		}
	})
	t.Run("gexf", func(t *testing.T) {
		p := filepath.Join(dir, "all.gexf")
		exportTo("--format", "gexf", "--out", p)
		g := readGEXF(t, p)
		if g.Graph.Mode != "dynamic" || g.Graph.TimeFormat != "date" || len(g.Graph.Nodes) == 0 {
			t.Fatalf("graph header %+v", g.Graph)
		}
		dated := 0
		for _, e := range g.Graph.Edges {
			if e.Start != "" {
				dated++
				if e.End < e.Start {
					t.Errorf("edge %s ends before it starts", e.ID)
				}
			}
		}
		if dated == 0 {
			t.Error("no edge carries a time interval")
		}
	})
	t.Run("dot", func(t *testing.T) {
		p := filepath.Join(dir, "bans.dot")
		exportTo("--format", "dot", "--out", p, "--query", "bans", "--by", "trump")
		dot, err := exec.LookPath("dot")
		if err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("graphviz not installed (apt-get install graphviz)")
			}
			t.Skip("no graphviz here")
		}
		svg, err := exec.Command(dot, "-Tsvg", p).Output()
		if err != nil {
			t.Fatalf("dot -Tsvg: %v", err)
		}
		for _, want := range []string{"Donald Trump", "Yemen", "IMPOSES_BAN", "#4C8EDA"} {
			if !strings.Contains(string(svg), want) && !strings.Contains(strings.ToLower(string(svg)), strings.ToLower(want)) {
				t.Errorf("svg lacks %q", want)
			}
		}
	})
	t.Run("cytoscape", func(t *testing.T) {
		out, _, code := runCLI(t, append(conn, "export", "--format", "cytoscape", "--query", "people-of", "china")...)
		var doc struct {
			Elements struct {
				Nodes []struct{ Data map[string]any } `json:"nodes"`
				Edges []struct{ Data map[string]any } `json:"edges"`
			} `json:"elements"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &doc) != nil {
			t.Fatalf("exit %d: %s", code, out)
		}
		names := map[string]bool{}
		for _, n := range doc.Elements.Nodes {
			names[n.Data["name"].(string)] = true
		}
		if !names["Wang Yi"] || !names["Xi Jinping"] || !names["China"] || len(doc.Elements.Edges) < 2 {
			t.Errorf("people-of china: %v, %d edges", names, len(doc.Elements.Edges))
		}
	})
	t.Run("csv imports with neo4j-admin", func(t *testing.T) {
		lib := os.Getenv("NEWSGRAPH_TEST_NEO4J_LIB")
		if lib == "" {
			if os.Getenv("CI") == "true" {
				t.Fatal("NEWSGRAPH_TEST_NEO4J_LIB not set: run the tests with `make test`")
			}
			t.Skip("no Neo4j jars given")
		}
		out := filepath.Join(dir, "dump")
		hint := exportTo("--format", "csv", "--out", out)
		i := strings.Index(hint, "neo4j-admin ")
		if i < 0 {
			t.Fatalf("no import command printed: %s", hint)
		}
		args := strings.Fields(strings.TrimPrefix(strings.TrimSpace(hint[i:]), "neo4j-admin "))
		args = append(args, "--report-file="+filepath.Join(dir, "import.report"))
		cmd := exec.Command("bash", append([]string{filepath.Join("..", "..", "scripts", "neo4j.sh"), "admin"}, args...)...)
		cmd.Env = append(os.Environ(), "NEO4J_HOME="+filepath.Join(dir, "scratch-neo4j"), "NEO4J_LIB="+lib)
		report, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("neo4j-admin import: %v\n%s", err, report)
		}
		labels, rels, _ := c.Counts(context.Background())
		_, nodes, _ := c.Read(context.Background(), "MATCH (n) RETURN count(n) AS n", nil)
		var relTotal int64
		for _, n := range rels {
			relTotal += n
		}
		wantNodes := nodes[0]["n"].(int64)
		for _, want := range []string{
			strconvI(wantNodes) + " nodes", strconvI(relTotal) + " relationships",
		} {
			if !strings.Contains(string(report), want) {
				t.Errorf("import report lacks %q (source: %v %v):\n%s", want, labels, rels, tail(string(report), 400))
			}
		}
	})
	t.Run("style", func(t *testing.T) {
		out, _, code := runCLI(t, "style")
		for _, l := range []string{"node.Country", "node.Person", "node.Organization", `caption: "{name}"`, `caption: "<type>"`} {
			if code != 0 || !strings.Contains(out, l) {
				t.Errorf("style lacks %s", l)
			}
		}
	})
}
