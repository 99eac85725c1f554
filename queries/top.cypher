// name: top
// description: Most connected entities
// param: type string optional - Country, Person or Organization
// example: newsgraph query top --type Person --limit 5
MATCH (e:Entity)
// e.facts, kept by ingest, counts the facts the entity takes part in;
// walking its index from the top reads only the rows shown.
WHERE e.facts > 0 AND ($type IS NULL OR e.type = $type)
WITH e ORDER BY e.facts DESC, e.id
LIMIT $limit
RETURN e.name AS name, e.type AS type, e.facts AS facts, e.id AS _id
ORDER BY facts DESC, name
