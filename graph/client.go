// Package graph holds all access to Neo4j: connecting, the schema, batched
// idempotent writes of articles and facts, and read queries.
package graph

import (
	"context"
	"errors"
	"time"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
	Timeout  time.Duration
}

// Client is a connection to one Neo4j database.
type Client struct{}

// Open connects and verifies connectivity.
func Open(ctx context.Context, c Config) (*Client, error) { return nil, errors.New("not yet") }

// Close releases the driver.
func (c *Client) Close(ctx context.Context) {}
