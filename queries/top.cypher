// name: top
// description: Most connected entities
// param: type string optional - Country, Person or Organization
// example: newsgraph query top --type Person --limit 5
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
OPTIONAL MATCH (e)-[f]-(:Entity)
RETURN e.name AS name, e.type AS type, count(f) AS facts, e.id AS _id
ORDER BY facts DESC, name
