// name: entity
// description: Profile of one entity: type, aliases, roles, facts by type, articles
// param: name entity required - name, alias or ISO code
// example: newsgraph query entity pakistan
MATCH (e:Entity {id: $name})
OPTIONAL MATCH (e)-[r]-(other:Entity)
WITH e, type(r) AS rel, count(DISTINCT other) AS n
WITH e, collect(CASE WHEN rel IS NULL THEN null ELSE rel + ': ' + toString(n) END) AS facts
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
RETURN e.name AS name, e.type AS type, e.iso3 AS iso3, e.aliases AS aliases, facts,
       count(DISTINCT a) AS articles, e.id AS _id
