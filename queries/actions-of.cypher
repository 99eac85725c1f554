// name: actions-of
// description: A country's facts plus those of its people, rolled up through HOLDS_ROLE
// param: country entity required - country
// example: newsgraph query actions-of pakistan
MATCH (c:Entity {id: $country})
OPTIONAL MATCH (p:Person)-[:HOLDS_ROLE]->(c)
WITH c, collect(p) + [c] AS actors
UNWIND actors AS actor
MATCH (actor)-[f:RESTORES_TIES|SEVERS_TIES|MEETS_WITH|VISITS|AGREES_WITH|COOPERATES_WITH|SUPPORTS|ALLIED_WITH|MEDIATES|PRAISES|IMPOSES_BAN|IMPOSES_SANCTIONS|IMPOSES_TARIFFS|LIFTS_RESTRICTIONS|ACCUSES|CRITICIZES|THREATENS|ATTACKS|IN_CONFLICT_WITH|EXPELS|DEMANDS|REJECTS|ARRESTS]-(:Entity)
WHERE startNode(f) = actor OR type(f) IN ['RESTORES_TIES', 'MEETS_WITH', 'AGREES_WITH', 'COOPERATES_WITH', 'ALLIED_WITH', 'IN_CONFLICT_WITH']
WITH DISTINCT f, actor, startNode(f) AS s, endNode(f) AS o
RETURN actor.name AS actor, s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated,
       f.modalities AS modalities, f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last,
       s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY relation, subject, object
