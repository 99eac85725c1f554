// name: timeline
// description: Evidence about an entity (optionally with another) ordered by date
// param: name entity required - entity
// param: other entity optional - second entity
// example: newsgraph query timeline pakistan india
MATCH (e:Entity {id: $name})
CALL (e) {
  // one entity: all its evidence (SUBJECT and OBJECT come only from Evidence)
  WITH e WHERE $other IS NULL
  MATCH (v)-[:SUBJECT|OBJECT]->(e)
  RETURN v
  UNION ALL
  // two entities: only what links both, found by expanding into the second
  WITH e WHERE $other IS NOT NULL
  MATCH (x:Entity {id: $other})
  MATCH (e)<-[:SUBJECT|OBJECT]-(v)-[:SUBJECT|OBJECT]->(x)
  RETURN v
}
WITH v ORDER BY v.date, elementId(v)
LIMIT $limit
MATCH (a:Article)-[:STATES]->(v)-[:SUBJECT]->(s), (v)-[:OBJECT]->(o)
RETURN v.date AS date, s.name AS subject, v.type AS relation, o.name AS object, v.modality AS modality,
       v.sentence AS evidence, a.title AS article, s.id AS _s, v.type AS _type, o.id AS _o, v.negated AS _neg
ORDER BY date, relation, subject, object
