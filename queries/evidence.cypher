// name: evidence
// description: The sentences and articles behind one fact
// param: a entity required - subject
// param: type string required - relation type, e.g. IMPOSES_BAN
// param: b entity required - object
// example: newsgraph query evidence trump IMPOSES_BAN yemen
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
MATCH (x)<-[:SUBJECT|OBJECT]-(v:Evidence)-[:SUBJECT|OBJECT]->(y)
WHERE v.type = toUpper($type)
WITH DISTINCT v
MATCH (art:Article)-[:STATES]->(v)-[:SUBJECT]->(s), (v)-[:OBJECT]->(o)
RETURN v.date AS date, v.modality AS modality, v.sentence AS sentence, art.title AS article,
       art.source AS source, art.published AS published, v.rule AS rule,
       s.id AS _s, v.type AS _type, o.id AS _o, v.negated AS _neg
ORDER BY date
