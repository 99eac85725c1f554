// name: actions-of
// description: A country's facts plus those of its people, rolled up through HOLDS_ROLE
// param: country entity required - country
// example: newsgraph query actions-of pakistan
MATCH (c:Entity {id: $country})
OPTIONAL MATCH (p:Person)-[:HOLDS_ROLE]->(c)
WITH c, collect(p) + [c] AS actors
UNWIND actors AS actor
MATCH (actor)-[f]->(o:Entity)
WHERE NOT type(f) IN ['HOLDS_ROLE', 'MEMBER_OF', 'BASED_IN']
RETURN actor.name AS actor, type(f) AS relation, o.name AS object, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first
ORDER BY relation, object
