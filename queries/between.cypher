// name: between
// description: Every fact between two entities, either direction, with its evidence
// param: a entity required - first entity
// param: b entity required - second entity
// example: newsgraph query between pakistan afghanistan
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
MATCH (s:Entity)-[f]->(o:Entity)
WHERE (s = x AND o = y) OR (s = y AND o = x)
RETURN s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated,
       f.modalities AS modalities, f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last,
       s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY relation, subject
