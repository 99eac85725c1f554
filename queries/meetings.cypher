// name: meetings
// description: Meetings and visits of an entity
// param: name entity required - entity
// example: newsgraph query meetings trump
MATCH (e:Entity {id: $name})-[f:MEETS_WITH|VISITS]-(:Entity)
WITH f, startNode(f) AS s, endNode(f) AS o
RETURN s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last, s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY first, subject, object
