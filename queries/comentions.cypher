// name: comentions
// description: Entities mentioned in the same articles as an entity, with counts
// param: name entity required - entity
// example: newsgraph query comentions pakistan
CALL () {
  // counts kept per pair at ingest (CoMention nodes, a < b): two index
  // seeks instead of a walk over every article that names the entity
  MATCH (c:CoMention {a: $name})
  RETURN c.b AS other, c.articles AS articles
  UNION ALL
  MATCH (c:CoMention {b: $name})
  RETURN c.a AS other, c.articles AS articles
}
WITH other, articles
ORDER BY articles DESC, other
LIMIT $limit
MATCH (o:Entity {id: other})
RETURN o.name AS entity, o.type AS type, articles, [$name, o.id] AS _ids
ORDER BY articles DESC, entity
