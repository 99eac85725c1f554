package graph

import (
	"context"
	"fmt"
)

// schema is every constraint and index of the graph model, in Neo4j 5
// syntax; each statement is safe to run again.
var schema = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
	"CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
	"CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE",
	"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
	"CREATE INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON (e.search)",
	"CREATE INDEX entity_facts IF NOT EXISTS FOR (e:Entity) ON (e.facts)",
	"CREATE INDEX country_iso3 IF NOT EXISTS FOR (c:Country) ON (c.iso3)",
	"CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
	"CREATE INDEX evidence_date IF NOT EXISTS FOR (v:Evidence) ON (v.date)",
	"CREATE CONSTRAINT comention_pair IF NOT EXISTS FOR (c:CoMention) REQUIRE c.pair IS UNIQUE",
	"CREATE INDEX comention_a IF NOT EXISTS FOR (c:CoMention) ON (c.a)",
	"CREATE INDEX comention_b IF NOT EXISTS FOR (c:CoMention) ON (c.b)",
}

// SchemaNames are the constraint and index names Init creates.
var SchemaNames = []string{"entity_id", "article_id", "evidence_id", "alias_key", "entity_name",
	"entity_search", "entity_facts", "country_iso3", "article_published", "evidence_date",
	"comention_pair", "comention_a", "comention_b"}

// Init creates the constraints and indexes and counts the co-mentions of
// articles written before the graph kept them; running it again changes
// nothing.
func (c *Client) Init(ctx context.Context) error {
	for _, stmt := range schema {
		if _, _, err := c.Write(ctx, stmt, nil); err != nil {
			return fmt.Errorf("create schema (%s): %w", stmt, err)
		}
	}
	if _, err := c.CountOlderPairs(ctx); err != nil {
		return fmt.Errorf("count co-mentions of older articles: %w", err)
	}
	return nil
}

// MissingSchema lists the schema names not present on the server.
func (c *Client) MissingSchema(ctx context.Context) ([]string, error) {
	have := map[string]bool{}
	for _, q := range []string{"SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"} {
		_, rows, err := c.Read(ctx, q, nil)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			have[fmt.Sprint(r["name"])] = true
		}
	}
	var missing []string
	for _, n := range SchemaNames {
		if !have[n] {
			missing = append(missing, n)
		}
	}
	return missing, nil
}
