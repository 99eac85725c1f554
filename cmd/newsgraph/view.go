package main

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

// viewer holds the page, its script and, once `make build` has copied it
// from the npm package, the Cytoscape.js library.
//
//go:embed viewer/*
var viewer embed.FS

const viewLib = "viewer/lib/cytoscape.min.js"

type viewOptions struct {
	query  string
	args   []string
	params []string
	out    string
	serve  string
}

func newViewCmd(f *factory) *cobra.Command {
	o := &viewOptions{}
	var named map[string]*string // the query parameters as flags
	cmd := &cobra.Command{
		Use:   "view [QUERY [ARGS...]] [--out FILE.html | --serve ADDR]",
		Short: "Draw the graph, or a query's part of it, as an interactive page that works offline",
		Long: `view writes one self-contained HTML page (the Cytoscape.js library and the
data inside it, nothing fetched from the network) that draws the entities and
facts a canned query returns, or the whole graph without a query: colours
per label, arrows for directed relations, edge labels, the evidence
sentences and dates of a fact on click, filters by relation type, modality
and date range, a search box and a legend.

--out writes the page to a file; --serve serves it (on a loopback address
unless you give another) until interrupted.`,
		Example: `  newsgraph view bans --out bans.html
  newsgraph view bans --by trump --out trump-bans.html
  newsgraph view between pakistan afghanistan --serve 127.0.0.1:8080`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				o.query, o.args = args[0], args[1:]
			}
			o.params = append(o.params, paramFlags(cmd, named)...)
			return runView(cmd.Context(), f, o)
		},
	}
	cmd.Flags().StringVar(&o.out, "out", "", "write the page to this file")
	cmd.Flags().StringVar(&o.serve, "serve", "", "serve the page on this address (e.g. 127.0.0.1:8080)")
	cmd.Flags().StringArrayVar(&o.params, "param", nil, "query parameter as name=value (repeatable)")
	named = addParamFlags(cmd)
	return cmd
}

func runView(ctx context.Context, f *factory, o *viewOptions) error {
	if (o.out == "") == (o.serve == "") {
		return fmt.Errorf("give one of --out FILE.html or --serve ADDR")
	}
	lib, err := viewer.ReadFile(viewLib)
	if err != nil {
		return fmt.Errorf("this newsgraph was built without the Cytoscape.js library: build it with `make build` (it installs the library from the npm registry)")
	}
	sg, _, err := subgraph(ctx, f, o.query, o.args, o.params, true)
	if err != nil {
		return err
	}
	title := "whole graph"
	if o.query != "" {
		title = strings.TrimSpace(o.query + " " + strings.Join(o.args, " "))
	}
	page, err := renderView(title, sg, string(lib))
	if err != nil {
		return err
	}
	if o.out != "" {
		if err := writeOut(f.stdout, o.out, func(w io.Writer) error { _, err := io.WriteString(w, page); return err }); err != nil {
			return err
		}
		fmt.Fprintf(f.stderr, "wrote %s (%d entities, %d facts)\n", o.out, len(sg.Nodes), len(sg.Edges))
		return nil
	}
	return servePage(ctx, f, o.serve, page)
}

// renderView fills the page template. The data is JSON inside a script
// element; encoding/json escapes <, > and &, so no text can close it.
func renderView(title string, sg *graph.Subgraph, lib string) (string, error) {
	tpl, err := viewer.ReadFile("viewer/view.html")
	if err != nil {
		return "", err
	}
	app, err := viewer.ReadFile("viewer/view.js")
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(map[string]any{"colours": export.Colours, "elements": export.Elements(sg)})
	if err != nil {
		return "", err
	}
	safeJS := func(s string) string { return strings.ReplaceAll(s, "</script", `<\/script`) }
	return strings.NewReplacer("{{TITLE}}", html.EscapeString(title), "{{DATA}}", string(data),
		"{{LIB}}", safeJS(lib), "{{APP}}", safeJS(string(app))).Replace(string(tpl)), nil
}

func servePage(ctx context.Context, f *factory, addr, page string) error {
	if !strings.Contains(addr, ":") {
		addr = "127.0.0.1:" + addr
	}
	if strings.HasPrefix(addr, ":") {
		addr = "127.0.0.1" + addr // loopback unless an address is given
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--serve %s: %v", addr, err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, page)
	})}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	fmt.Fprintf(f.stderr, "serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		return err
	}
	return nil
}
