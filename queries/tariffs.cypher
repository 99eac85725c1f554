// name: tariffs
// description: Who imposed tariffs on whom; lifted or paused ones marked
// example: newsgraph query tariffs
MATCH (s)-[f:IMPOSES_TARIFFS]->(o)  // a relationship type scan: facts join entities only
// the most attested facts first; names are read only for the rows shown
WITH s, f, o ORDER BY f.evidence_count DESC, f.last_date DESC, elementId(f) LIMIT $limit
OPTIONAL MATCH (s)-[l:LIFTS_RESTRICTIONS]->(o)
RETURN s.name AS by, o.name AS on, f.negated AS negated, f.modalities AS modalities, f.evidence_count AS evidence,
       f.first_date AS first, f.last_date AS last, l IS NOT NULL AS lifted, s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY evidence DESC, last DESC, by, on
