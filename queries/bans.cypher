// name: bans
// description: Who imposed bans on whom, with dates and counts
// param: by entity optional - only bans imposed by this entity or by people holding its offices
// param: on entity optional - only bans on this entity
// example: newsgraph query bans --by trump
MATCH (s)-[f:IMPOSES_BAN]->(o)  // a relationship type scan: facts join entities only
WHERE ($by IS NULL OR s.id = $by OR EXISTS { (s)-[:HOLDS_ROLE]->(:Entity {id: $by}) })
  AND ($on IS NULL OR o.id = $on)
// the most attested facts first; names are read only for the rows shown
WITH s, f, o ORDER BY f.evidence_count DESC, f.last_date DESC, elementId(f) LIMIT $limit
RETURN s.name AS by, o.name AS on, f.negated AS negated, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last, s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY evidence DESC, last DESC, by, on
