// name: comentions
// description: Entities mentioned in the same articles as an entity, with counts
// param: name entity required - entity
// example: newsgraph query comentions pakistan
MATCH (e:Entity {id: $name})<-[:MENTIONS]-(a)-[:MENTIONS]->(o)
WITH o, count(*) AS articles
WHERE o.id <> $name
ORDER BY articles DESC, elementId(o)
LIMIT $limit
RETURN o.name AS entity, o.type AS type, articles, [$name, o.id] AS _ids
ORDER BY articles DESC, entity
