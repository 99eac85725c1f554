// name: evidence
// description: The sentences and articles behind one fact
// param: a entity required - subject
// param: type string required - relation type, e.g. IMPOSES_BAN
// param: b entity required - object
// example: newsgraph query evidence trump IMPOSES_BAN yemen
MATCH (art:Article)-[:STATES]->(v:Evidence {type: toUpper($type)})-[:SUBJECT]->(s:Entity), (v)-[:OBJECT]->(o:Entity)
WHERE (s.id = $a AND o.id = $b) OR (s.id = $b AND o.id = $a)
RETURN v.date AS date, v.modality AS modality, v.sentence AS sentence, art.title AS article,
       art.source AS source, art.published AS published, v.rule AS rule,
       s.id AS _s, v.type AS _type, o.id AS _o, v.negated AS _neg
ORDER BY date
