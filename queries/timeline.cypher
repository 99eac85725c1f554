// name: timeline
// description: Evidence about an entity (optionally with another) ordered by date
// param: name entity required - entity
// param: other entity optional - second entity
// example: newsgraph query timeline pakistan india
MATCH (e:Entity {id: $name})
MATCH (a:Article)-[:STATES]->(v:Evidence)-[:SUBJECT|OBJECT]->(e)
MATCH (v)-[:SUBJECT]->(s), (v)-[:OBJECT]->(o)
WHERE $other IS NULL OR s.id = $other OR o.id = $other
RETURN DISTINCT v.date AS date, s.name AS subject, v.type AS relation, o.name AS object, v.modality AS modality,
       v.sentence AS evidence, a.title AS article, s.id AS _s, v.type AS _type, o.id AS _o, v.negated AS _neg
ORDER BY date, relation
