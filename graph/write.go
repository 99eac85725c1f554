package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ArticleData is everything written for one article.
type ArticleData struct {
	ID, File, Title, Source, Published, URL string
	Entities                                []EntityData
	Relations                               []RelationData
}

// EntityData is one entity as the graph stores it.
type EntityData struct {
	ID, Type, Name, ISO3 string
	Aliases              []string
	Search               []string // folded forms of name and aliases for lookups
}

// RelationData is one statement of a relation (one Evidence node).
type RelationData struct {
	Type, Subject, Object, Modality, Date, Evidence, Rule, Title string
	Confidence                                                   float64
}

// Labels of entity nodes, fixed by the ontology.
var entityLabels = map[string]string{"Country": "Country", "Person": "Person", "Organization": "Organization"}

// EvidenceID is stable: same article, type, subject, object and sentence.
func EvidenceID(article string, r RelationData) string {
	sum := sha256.Sum256([]byte(strings.Join([]string{article, r.Type, r.Subject, r.Object, r.Evidence}, "\x1f")))
	return "ev-" + hex.EncodeToString(sum[:10])
}

const writeArticles = `
UNWIND $articles AS a
MERGE (art:Article {id: a.id})
SET art.title = a.title, art.source = a.source, art.published = a.published, art.url = a.url, art.file = a.file,
    art._lock = true
REMOVE art._lock
WITH art, a
UNWIND a.entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.aliases = []
// The write lock first: aliases and search keys are read and extended
// below, and a writer that read them before another's commit would lose
// that one's additions.
SET n._lock = true
REMOVE n._lock
SET n.type = e.type, n.iso3 = CASE WHEN e.iso3 = '' THEN null ELSE e.iso3 END,
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + e.aliases AS x WITH DISTINCT x ORDER BY x RETURN x },
    n.search = COLLECT { UNWIND coalesce(n.search, []) + e.search AS x WITH DISTINCT x ORDER BY x RETURN x }
FOREACH (_ IN CASE WHEN e.type = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
MERGE (art)-[m:MENTIONS]->(n)
ON CREATE SET m._new = true
WITH n, e
UNWIND e.search AS key
MERGE (al:Alias {key: key})
MERGE (al)-[:ALIAS_OF]->(n)`

// writeEvidence merges the evidence nodes; those created here are marked
// _fresh until the batch's facts have counted them.
const writeEvidence = `
UNWIND $evidence AS v
MATCH (art:Article {id: v.article})
MATCH (s:Entity {id: v.subject})
MATCH (o:Entity {id: v.object})
MERGE (ev:Evidence {id: v.id})
ON CREATE SET ev._fresh = true
SET ev.type = v.type, ev.sentence = v.sentence, ev.date = v.date, ev.modality = v.modality,
    ev.confidence = v.confidence, ev.rule = v.rule, ev.title = v.title, ev.negated = v.negated
MERGE (art)-[:STATES]->(ev)
MERGE (ev)-[:SUBJECT]->(s)
MERGE (ev)-[:OBJECT]->(o)`

// unmarkEvidence ends the batch: no evidence stays fresh.
const unmarkEvidence = `
UNWIND $ids AS id
MATCH (ev:Evidence {id: id})
REMOVE ev._fresh`

// writeFacts merges the batch's facts and adds to their properties what
// the batch's new evidence brings. Evidence that existed before the batch
// is already counted, so writing the same evidence again changes nothing,
// and a fact's cost does not grow with the evidence it has gathered. Both
// ends are locked before the fact is read, so concurrent writers add up
// rather than overwrite each other. One statement serves every type (a
// dynamic relationship type, Neo4j 5.26): its plan is compiled once, where
// a statement per type cost seconds of planning on a fresh server. Types
// are checked against the ontology before they get here.
const writeFacts = `
UNWIND $facts AS p
MATCH (s:Entity {id: p.subject})
MATCH (o:Entity {id: p.object})
SET s._lock = true, o._lock = true
REMOVE s._lock, o._lock
MERGE (s)-[f:$(p.type) {negated: p.negated}]->(o)
WITH f, s, o, p
CALL (s, o, p) {
  UNWIND p.evidence AS id
  MATCH (art:Article)-[:STATES]->(ev:Evidence {id: id})
  WHERE ev._fresh = true
  WITH art, collect(ev) AS evs
  // an article counts once per fact: only if none of its older evidence did
  WITH evs, EXISTS {
    MATCH (art)-[:STATES]->(old:Evidence)-[:SUBJECT]->(s)
    WHERE old._fresh IS NULL AND old.type = p.type AND old.negated = p.negated AND (old)-[:OBJECT]->(o)
  } AS counted
  RETURN sum(size(evs)) AS added, sum(CASE WHEN counted THEN 0 ELSE 1 END) AS articles,
         reduce(acc = [], x IN collect(evs) | acc + x) AS fresh
}
SET f.evidence_count = coalesce(f.evidence_count, 0) + added,
    f.article_count = coalesce(f.article_count, 0) + articles,
    f.modalities = [m IN ['alleged', 'asserted', 'negated', 'planned']
                    WHERE m IN coalesce(f.modalities, []) OR any(e IN fresh WHERE e.modality = m)],
    f.first_date = reduce(d = f.first_date, e IN fresh | CASE WHEN e.date <> '' AND (d IS NULL OR e.date < d) THEN e.date ELSE d END),
    f.last_date = reduce(d = f.last_date, e IN fresh | CASE WHEN e.date <> '' AND (d IS NULL OR e.date > d) THEN e.date ELSE d END),
    f.confidence = reduce(c = coalesce(f.confidence, 0.0), e IN fresh | CASE WHEN e.confidence > c THEN e.confidence ELSE c END),
    f.title = reduce(t = f.title, e IN fresh | CASE WHEN t IS NULL AND e.title <> '' THEN e.title ELSE t END)`

// factCountQuery sets each entity's facts property to the number of fact
// relationships it has, counted from the graph so it stays exact.
func factCountQuery(validTypes map[string]bool) string {
	ts := make([]string, 0, len(validTypes))
	for t := range validTypes {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return `UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.facts = COUNT { (e)-[:` + strings.Join(ts, "|") + `]-() }`
}

// WriteBatch writes articles with their entities, evidence and facts in one
// transaction: a batch lands whole or not at all, and a retried batch gives
// the same graph (a retry starts from the state before the failed attempt,
// so its evidence is fresh again and counted once).
func (c *Client) WriteBatch(ctx context.Context, batch []ArticleData, validTypes map[string]bool) error {
	var arts, evs []map[string]any
	var evIDs, artIDs []string
	facts := map[string][]map[string]any{}
	seenFact := map[string]map[string]any{}
	seenEvidence := map[string]bool{}
	for _, a := range batch {
		var ents []map[string]any
		for _, e := range a.Entities {
			if entityLabels[e.Type] == "" {
				return fmt.Errorf("article %s: entity %s has unknown type %q", a.ID, e.ID, e.Type)
			}
			ents = append(ents, map[string]any{"id": e.ID, "type": e.Type, "name": e.Name, "iso3": e.ISO3,
				"aliases": e.Aliases, "search": e.Search})
		}
		artIDs = append(artIDs, a.ID)
		arts = append(arts, map[string]any{"id": a.ID, "title": a.Title, "source": a.Source,
			"published": a.Published, "url": a.URL, "file": a.File, "entities": ents})
		for _, r := range a.Relations {
			if !validTypes[r.Type] {
				return fmt.Errorf("article %s: relation type %q is not in the ontology", a.ID, r.Type)
			}
			neg := r.Modality == "negated"
			id := EvidenceID(a.ID, r)
			if seenEvidence[id] {
				continue // the same statement twice in one article
			}
			seenEvidence[id] = true
			evIDs = append(evIDs, id)
			evs = append(evs, map[string]any{"id": id, "article": a.ID, "type": r.Type,
				"subject": r.Subject, "object": r.Object, "sentence": r.Evidence, "date": r.Date,
				"modality": r.Modality, "confidence": r.Confidence, "rule": r.Rule, "title": r.Title, "negated": neg})
			k := fmt.Sprint(r.Type, "\x1f", r.Subject, "\x1f", r.Object, "\x1f", neg)
			if fact, ok := seenFact[k]; ok {
				fact["evidence"] = append(fact["evidence"].([]string), id)
			} else {
				fact = map[string]any{"subject": r.Subject, "object": r.Object, "negated": neg, "evidence": []string{id}}
				seenFact[k] = fact
				facts[r.Type] = append(facts[r.Type], fact)
			}
		}
	}
	// Entities at either end of a fact written here get their fact count
	// recomputed, for `top` to read from an index.
	touchedSet := map[string]bool{}
	var touched []string
	for _, list := range facts {
		for _, f := range list {
			for _, id := range []string{f["subject"].(string), f["object"].(string)} {
				if !touchedSet[id] {
					touchedSet[id] = true
					touched = append(touched, id)
				}
			}
		}
	}
	sort.Strings(touched)
	types := make([]string, 0, len(facts))
	for t := range facts {
		types = append(types, t)
	}
	sort.Strings(types)
	var factRows []map[string]any
	for _, t := range types {
		for _, f := range facts[t] {
			f["type"] = t
			factRows = append(factRows, f)
		}
	}
	s := c.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(ctx)
	_, err := s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if _, err := tx.Run(ctx, writeArticles, map[string]any{"articles": arts}); err != nil {
			return nil, err
		}
		if len(evs) > 0 {
			if _, err := tx.Run(ctx, writeEvidence, map[string]any{"evidence": evs}); err != nil {
				return nil, err
			}
		}
		if len(factRows) > 0 {
			if _, err := tx.Run(ctx, writeFacts, map[string]any{"facts": factRows}); err != nil {
				return nil, err
			}
		}
		if len(touched) > 0 {
			if _, err := tx.Run(ctx, factCountQuery(validTypes), map[string]any{"ids": touched}); err != nil {
				return nil, err
			}
		}
		if len(evIDs) > 0 {
			if _, err := tx.Run(ctx, unmarkEvidence, map[string]any{"ids": evIDs}); err != nil {
				return nil, err
			}
		}
		// Last, so that the locks on shared pairs are held briefly.
		return nil, countPairs(ctx, tx, artIDs)
	})
	return err
}

// Counts returns node counts per label and relationship counts per type.
func (c *Client) Counts(ctx context.Context) (map[string]int64, map[string]int64, error) {
	labels, rels := map[string]int64{}, map[string]int64{}
	_, rows, err := c.Read(ctx, "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n", nil)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows {
		labels[r["l"].(string)] = r["n"].(int64)
	}
	_, rows, err = c.Read(ctx, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n", nil)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows {
		rels[r["t"].(string)] = r["n"].(int64)
	}
	return labels, rels, nil
}
