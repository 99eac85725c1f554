package main

import (
	"encoding/xml"
	"os"
	"strconv"
	"testing"
)

type parsedGraphML struct {
	keyType map[string]string
	nodes   map[string]map[string]string
	edges   []map[string]string
}

// readGraphML parses a GraphML file with encoding/xml, resolving data keys
// to attribute names as GraphML readers do.
func readGraphML(t *testing.T, path string) parsedGraphML {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key string `xml:"key,attr"`
					V   string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key string `xml:"key,attr"`
					V   string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("%s is not well-formed GraphML: %v", path, err)
	}
	g := parsedGraphML{keyType: map[string]string{}, nodes: map[string]map[string]string{}}
	name := map[string]string{}
	for _, k := range doc.Keys {
		g.keyType[k.Name] = k.Type
		name[k.ID] = k.Name
	}
	for _, n := range doc.Graph.Nodes {
		m := map[string]string{}
		for _, d := range n.Data {
			if name[d.Key] == "" {
				t.Errorf("node %s uses undeclared key %s", n.ID, d.Key)
			}
			m[name[d.Key]] = d.V
		}
		g.nodes[n.ID] = m
	}
	for _, e := range doc.Graph.Edges {
		if g.nodes[e.Source] == nil || g.nodes[e.Target] == nil {
			t.Errorf("edge %s -> %s has an endpoint that is not a node", e.Source, e.Target)
		}
		m := map[string]string{"source": e.Source, "target": e.Target}
		for _, d := range e.Data {
			m[name[d.Key]] = d.V
		}
		g.edges = append(g.edges, m)
	}
	return g
}

type parsedGEXF struct {
	Graph struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Nodes      []struct {
			ID string `xml:"id,attr"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID    string `xml:"id,attr"`
			Start string `xml:"start,attr"`
			End   string `xml:"end,attr"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

func readGEXF(t *testing.T, path string) parsedGEXF {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g parsedGEXF
	if err := xml.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s is not well-formed GEXF: %v", path, err)
	}
	return g
}

func strconvI(n int64) string { return strconv.FormatInt(n, 10) }

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
