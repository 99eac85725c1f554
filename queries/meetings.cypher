// name: meetings
// description: Meetings and visits of an entity
// param: name entity required - entity
// example: newsgraph query meetings trump
MATCH (e:Entity {id: $name})-[f:MEETS_WITH|VISITS]-(o:Entity)
RETURN e.name AS entity, type(f) AS relation, o.name AS other, f.modalities AS modalities,
       f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last
ORDER BY first, other
