// name: between
// description: Every fact between two entities, either direction, with its evidence
// param: a entity required - first entity
// param: b entity required - second entity
// example: newsgraph query between pakistan afghanistan
MATCH (x:Entity {id: $a})-[f:RESTORES_TIES|SEVERS_TIES|MEETS_WITH|VISITS|AGREES_WITH|COOPERATES_WITH|SUPPORTS|ALLIED_WITH|MEDIATES|PRAISES|IMPOSES_BAN|IMPOSES_SANCTIONS|IMPOSES_TARIFFS|LIFTS_RESTRICTIONS|ACCUSES|CRITICIZES|THREATENS|ATTACKS|IN_CONFLICT_WITH|EXPELS|DEMANDS|REJECTS|ARRESTS|HOLDS_ROLE|MEMBER_OF|BASED_IN]-(y:Entity {id: $b})
WITH DISTINCT f
WITH f, startNode(f) AS s, endNode(f) AS o
RETURN s.name AS subject, type(f) AS relation, o.name AS object, f.negated AS negated,
       f.modalities AS modalities, f.evidence_count AS evidence, f.first_date AS first, f.last_date AS last,
       s.id AS _s, type(f) AS _type, o.id AS _o, f.negated AS _neg
ORDER BY relation, subject
