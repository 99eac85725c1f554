// name: ties
// description: Restored and severed diplomatic ties
// example: newsgraph query ties
MATCH (s)-[f:RESTORES_TIES|SEVERS_TIES]->(o)  // a relationship type scan: facts join entities only
// the most attested facts first; names are read only for the rows shown
WITH s, f, o ORDER BY f.evidence_count DESC, f.last_date DESC, elementId(f) LIMIT $limit
RETURN s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated,
       f.modalities AS modalities, f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last,
       s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY evidence DESC, last DESC, subject, relation, object
