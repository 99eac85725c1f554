// name: path
// description: Shortest paths between two entities over facts (not through articles or evidence)
// param: a entity required - first entity
// param: b entity required - second entity
// example: newsgraph query path "Kash Patel" India
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
MATCH p = allShortestPaths((x)-[*..6]-(y))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS nodes, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops,
       [n IN nodes(p) | n.id] AS _ids
LIMIT 10
