// name: roles
// description: Who holds which title for which country or organisation
// param: name entity optional - only roles of or for this entity
// example: newsgraph query roles
MATCH (p:Person)-[f:HOLDS_ROLE]->(o:Entity)
WHERE $name IS NULL OR p.id = $name OR o.id = $name
RETURN p.name AS person, f.title AS title, o.name AS of, f.evidence_count AS evidence,
       p.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY of, person
