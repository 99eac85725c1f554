// name: people-of
// description: People linked to a country by a role, membership or base
// param: country entity required - country
// example: newsgraph query people-of china
MATCH (c:Entity {id: $country})
MATCH (p:Person)-[f:HOLDS_ROLE|BASED_IN]->(c)
RETURN DISTINCT p.name AS person, type(f) AS link, f.title AS title,
       p.id AS _s, type(f) AS _type, c.id AS _o, f.negated AS _neg
ORDER BY person
