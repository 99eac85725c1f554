package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Co-mention counts: how many articles name both entities of a pair, kept
// on one (:CoMention {pair, a, b, articles}) node per pair (a < b), so that
// `comentions` reads an entity's pairs from an index instead of visiting
// every article that names it. The nodes have no relationships: expanding
// an entity in Neo4j Browser shows its facts, not thousands of pairs.
//
// An article's pairs are counted once. Articles carry pairs_counted: an
// article without it (new, or written by a version that kept no counts)
// has all its pairs counted; one with it only the pairs its new mentions
// make. Mentions are only ever added, so the counts stay exact through
// re-ingestion and concurrent writers (the article is locked first).
const countPairsCypher = `
UNWIND $articles AS id
MATCH (art:Article {id: id})
SET art._lock = true
REMOVE art._lock
WITH art, art.pairs_counted IS NULL AS whole
SET art.pairs_counted = true
WITH art, whole
MATCH (art)-[m:MENTIONS]->(n:Entity)
WITH art, collect({id: n.id, new: whole OR m._new IS NOT NULL}) AS ents
UNWIND ents AS x
UNWIND ents AS y
WITH x, y
WHERE x.id < y.id AND (x.new OR y.new)
WITH x.id AS a, y.id AS b, count(*) AS k
ORDER BY a, b
MERGE (c:CoMention {pair: a + '|' + b})
ON CREATE SET c.a = a, c.b = b, c.articles = 0
SET c._lock = true
SET c.articles = c.articles + k
REMOVE c._lock`

const unmarkMentions = `
UNWIND $articles AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
WHERE m._new IS NOT NULL
REMOVE m._new`

// countPairs adds the pairs of the articles just written to the counts.
// Pairs are updated in sorted order, so two writers wait for each other
// rather than deadlock.
func countPairs(ctx context.Context, tx neo4j.ManagedTransaction, articles []string) error {
	if len(articles) == 0 {
		return nil
	}
	params := map[string]any{"articles": articles}
	if _, err := tx.Run(ctx, countPairsCypher, params); err != nil {
		return fmt.Errorf("count co-mentions: %w", err)
	}
	_, err := tx.Run(ctx, unmarkMentions, params)
	return err
}

// countBatch is how many older articles one transaction brings up to date.
const countBatch = 500

// CountOlderPairs counts the pairs of articles written before the graph
// kept co-mention counts, a batch per transaction; it returns how many
// articles it counted. Safe to interrupt and to run beside ingestion.
func (c *Client) CountOlderPairs(ctx context.Context) (int, error) {
	total := 0
	after := ""
	for {
		_, rows, err := c.Read(ctx, `MATCH (a:Article) WHERE a.id > $after AND a.pairs_counted IS NULL
RETURN a.id AS id ORDER BY id LIMIT $n`, map[string]any{"after": after, "n": countBatch})
		if err != nil {
			return total, err
		}
		if len(rows) == 0 {
			return total, nil
		}
		ids := make([]string, len(rows))
		for i, r := range rows {
			ids[i] = r["id"].(string)
		}
		s := c.session(ctx, neo4j.AccessModeWrite)
		_, err = s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return nil, countPairs(ctx, tx, ids)
		})
		s.Close(ctx)
		if err != nil {
			return total, err
		}
		total += len(ids)
		after = ids[len(ids)-1]
	}
}
