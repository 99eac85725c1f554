// name: bans
// description: Who imposed bans on whom, with dates and counts
// param: by entity optional - only bans imposed by this entity
// param: on entity optional - only bans on this entity
// example: newsgraph query bans --param by=trump
MATCH (s:Entity)-[f:IMPOSES_BAN]->(o:Entity)
WHERE ($by IS NULL OR s.id = $by) AND ($on IS NULL OR o.id = $on)
RETURN s.name AS by, o.name AS on, f.negated AS negated, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last
ORDER BY by, on
