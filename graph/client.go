// Package graph holds all access to Neo4j: connecting, the schema, batched
// idempotent writes of articles and facts, and read queries.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string
	User     string
	Password string
	Database string // empty: the server's default database
	Timeout  time.Duration
}

// Client is a connection to one Neo4j database. One Client serves a whole
// process; it is safe for concurrent use.
type Client struct {
	driver neo4j.DriverWithContext
	db     string
	uri    string
}

// Open creates the driver and verifies connectivity. Its errors are one
// line that says what to fix and never contain the password.
func Open(ctx context.Context, c Config) (*Client, error) {
	u, err := url.Parse(c.URI)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("neo4j uri %q is not a URI like bolt://127.0.0.1:7687 (set NEWSGRAPH_NEO4J_URI)", c.URI)
	}
	if c.Timeout <= 0 {
		c.Timeout = 8 * time.Second
	}
	drv, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""), func(cf *config.Config) {
		cf.SocketConnectTimeout = c.Timeout
		cf.ConnectionAcquisitionTimeout = c.Timeout
		cf.MaxTransactionRetryTime = 15 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j uri %s: %v (set NEWSGRAPH_NEO4J_URI)", c.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, c.Timeout+2*time.Second)
	defer cancel()
	if err := drv.VerifyConnectivity(vctx); err != nil {
		drv.Close(ctx)
		return nil, explain(c, err)
	}
	return &Client{driver: drv, db: c.Database, uri: c.URI}, nil
}

// explain turns a driver error into an instruction.
func explain(c Config, err error) error {
	msg := err.Error()
	if c.Password != "" {
		msg = strings.ReplaceAll(msg, c.Password, "****")
	}
	var ne *neo4j.Neo4jError
	switch {
	case errors.As(err, &ne) && strings.Contains(ne.Code, "Unauthorized"):
		return fmt.Errorf("neo4j at %s refused user %q: wrong user or password (set NEWSGRAPH_NEO4J_PASSWORD or neo4j.password in config.yaml)", c.URI, c.User)
	case errors.As(err, &ne) && strings.Contains(ne.Code, "AuthenticationRateLimit"):
		return fmt.Errorf("neo4j at %s locked user %q after failed logins: wait 5 seconds and check the password", c.URI, c.User)
	case strings.Contains(msg, "connection refused"):
		return fmt.Errorf("cannot reach %s: connection refused (start it with: make up, or set NEWSGRAPH_NEO4J_URI)", c.URI)
	case strings.Contains(msg, "no such host"):
		return fmt.Errorf("cannot reach %s: unknown host (check NEWSGRAPH_NEO4J_URI)", c.URI)
	case strings.Contains(msg, "timeout") || strings.Contains(msg, "deadline") || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("cannot reach %s within %s: host unreachable or not a Neo4j server (check NEWSGRAPH_NEO4J_URI and the firewall)", c.URI, c.Timeout)
	}
	return fmt.Errorf("cannot use neo4j at %s: %s", c.URI, firstLine(msg))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// Close releases the driver.
func (c *Client) Close(ctx context.Context) { _ = c.driver.Close(ctx) }

// URI is where the client is connected.
func (c *Client) URI() string { return c.uri }

func (c *Client) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return c.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: c.db, AccessMode: mode})
}

// Read runs a read-only query with parameters and returns its rows as maps,
// with the column order.
func (c *Client) Read(ctx context.Context, cypher string, params map[string]any) ([]string, []map[string]any, error) {
	return c.run(ctx, neo4j.AccessModeRead, cypher, params)
}

// Write runs one query in a write transaction (retried on transient errors).
func (c *Client) Write(ctx context.Context, cypher string, params map[string]any) ([]string, []map[string]any, error) {
	return c.run(ctx, neo4j.AccessModeWrite, cypher, params)
}

func (c *Client) run(ctx context.Context, mode neo4j.AccessMode, cypher string, params map[string]any) ([]string, []map[string]any, error) {
	s := c.session(ctx, mode)
	defer s.Close(ctx)
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		keys, _ := res.Keys()
		rows := make([]map[string]any, 0, len(recs))
		for _, r := range recs {
			rows = append(rows, r.AsMap())
		}
		return [2]any{keys, rows}, nil
	}
	var out any
	var err error
	if mode == neo4j.AccessModeRead {
		out, err = s.ExecuteRead(ctx, work)
	} else {
		out, err = s.ExecuteWrite(ctx, work)
	}
	if err != nil {
		return nil, nil, err
	}
	pair := out.([2]any)
	return pair[0].([]string), pair[1].([]map[string]any), nil
}

// ServerInfo reports the server's version and edition.
func (c *Client) ServerInfo(ctx context.Context) (version, edition string, err error) {
	_, rows, err := c.Read(ctx, "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition", nil)
	if err != nil || len(rows) == 0 {
		return "", "", err
	}
	return fmt.Sprint(rows[0]["version"]), fmt.Sprint(rows[0]["edition"]), nil
}

// Plan returns the operators of the plan the server would use for a query
// (EXPLAIN: nothing runs), outermost first.
func (c *Client) Plan(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(ctx)
	res, err := s.Run(ctx, "EXPLAIN "+cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	var ops []string
	var walk func(p neo4j.Plan)
	walk = func(p neo4j.Plan) {
		if p == nil {
			return
		}
		ops = append(ops, p.Operator())
		for _, ch := range p.Children() {
			walk(ch)
		}
	}
	walk(sum.Plan())
	return ops, nil
}

// Stream runs a read query and hands each row to fn as it arrives, so a
// large result never sits in memory whole.
func (c *Client) Stream(ctx context.Context, cypher string, params map[string]any, fn func(row map[string]any) error) error {
	s := c.session(ctx, neo4j.AccessModeRead)
	defer s.Close(ctx)
	_, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			if err := fn(res.Record().AsMap()); err != nil {
				return nil, err
			}
		}
		return nil, res.Err()
	})
	return err
}

// Supported reports whether a server version ("5.26.30", "2025.01.0") has
// what newsgraph uses: dynamic relationship types came in 5.26, and the
// calendar-versioned releases that followed 5.x have them too.
func Supported(version string) bool {
	f := strings.SplitN(version, ".", 3)
	if len(f) < 2 {
		return false
	}
	major, err1 := strconv.Atoi(f[0])
	minor, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return major > 5 || major == 5 && minor >= 26
}
