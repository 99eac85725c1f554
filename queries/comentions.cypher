// name: comentions
// description: Entities mentioned in the same articles as an entity, with counts
// param: name entity required - entity
// example: newsgraph query comentions pakistan
MATCH (e:Entity {id: $name})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(o:Entity)
WHERE o <> e
RETURN o.name AS entity, o.type AS type, count(DISTINCT a) AS articles, [e.id, o.id] AS _ids
ORDER BY articles DESC, entity
