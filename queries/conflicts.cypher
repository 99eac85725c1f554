// name: conflicts
// description: Attacks and armed conflicts
// example: newsgraph query conflicts
MATCH (s:Entity)-[f:ATTACKS|IN_CONFLICT_WITH]->(o:Entity)
RETURN s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last, s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY relation, subject
