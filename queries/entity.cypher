// name: entity
// description: Profile of one entity: type, aliases, roles, facts by type, articles
// param: name entity required - name, alias or ISO code
// example: newsgraph query entity pakistan
MATCH (e:Entity {id: $name})
// per-type degrees, out and in: constant time however many facts there are
WITH e, [
    ['RESTORES_TIES', COUNT { (e)-[:RESTORES_TIES]->() }, COUNT { (e)<-[:RESTORES_TIES]-() }],
    ['SEVERS_TIES', COUNT { (e)-[:SEVERS_TIES]->() }, COUNT { (e)<-[:SEVERS_TIES]-() }],
    ['MEETS_WITH', COUNT { (e)-[:MEETS_WITH]->() }, COUNT { (e)<-[:MEETS_WITH]-() }],
    ['VISITS', COUNT { (e)-[:VISITS]->() }, COUNT { (e)<-[:VISITS]-() }],
    ['AGREES_WITH', COUNT { (e)-[:AGREES_WITH]->() }, COUNT { (e)<-[:AGREES_WITH]-() }],
    ['COOPERATES_WITH', COUNT { (e)-[:COOPERATES_WITH]->() }, COUNT { (e)<-[:COOPERATES_WITH]-() }],
    ['SUPPORTS', COUNT { (e)-[:SUPPORTS]->() }, COUNT { (e)<-[:SUPPORTS]-() }],
    ['ALLIED_WITH', COUNT { (e)-[:ALLIED_WITH]->() }, COUNT { (e)<-[:ALLIED_WITH]-() }],
    ['MEDIATES', COUNT { (e)-[:MEDIATES]->() }, COUNT { (e)<-[:MEDIATES]-() }],
    ['PRAISES', COUNT { (e)-[:PRAISES]->() }, COUNT { (e)<-[:PRAISES]-() }],
    ['IMPOSES_BAN', COUNT { (e)-[:IMPOSES_BAN]->() }, COUNT { (e)<-[:IMPOSES_BAN]-() }],
    ['IMPOSES_SANCTIONS', COUNT { (e)-[:IMPOSES_SANCTIONS]->() }, COUNT { (e)<-[:IMPOSES_SANCTIONS]-() }],
    ['IMPOSES_TARIFFS', COUNT { (e)-[:IMPOSES_TARIFFS]->() }, COUNT { (e)<-[:IMPOSES_TARIFFS]-() }],
    ['LIFTS_RESTRICTIONS', COUNT { (e)-[:LIFTS_RESTRICTIONS]->() }, COUNT { (e)<-[:LIFTS_RESTRICTIONS]-() }],
    ['ACCUSES', COUNT { (e)-[:ACCUSES]->() }, COUNT { (e)<-[:ACCUSES]-() }],
    ['CRITICIZES', COUNT { (e)-[:CRITICIZES]->() }, COUNT { (e)<-[:CRITICIZES]-() }],
    ['THREATENS', COUNT { (e)-[:THREATENS]->() }, COUNT { (e)<-[:THREATENS]-() }],
    ['ATTACKS', COUNT { (e)-[:ATTACKS]->() }, COUNT { (e)<-[:ATTACKS]-() }],
    ['IN_CONFLICT_WITH', COUNT { (e)-[:IN_CONFLICT_WITH]->() }, COUNT { (e)<-[:IN_CONFLICT_WITH]-() }],
    ['EXPELS', COUNT { (e)-[:EXPELS]->() }, COUNT { (e)<-[:EXPELS]-() }],
    ['DEMANDS', COUNT { (e)-[:DEMANDS]->() }, COUNT { (e)<-[:DEMANDS]-() }],
    ['REJECTS', COUNT { (e)-[:REJECTS]->() }, COUNT { (e)<-[:REJECTS]-() }],
    ['ARRESTS', COUNT { (e)-[:ARRESTS]->() }, COUNT { (e)<-[:ARRESTS]-() }],
    ['HOLDS_ROLE', COUNT { (e)-[:HOLDS_ROLE]->() }, COUNT { (e)<-[:HOLDS_ROLE]-() }],
    ['MEMBER_OF', COUNT { (e)-[:MEMBER_OF]->() }, COUNT { (e)<-[:MEMBER_OF]-() }],
    ['BASED_IN', COUNT { (e)-[:BASED_IN]->() }, COUNT { (e)<-[:BASED_IN]-() }]
  ] AS degrees
RETURN e.name AS name, e.type AS type, e.iso3 AS iso3, e.aliases AS aliases,
       [(e)-[r:HOLDS_ROLE]->(o) | trim(coalesce(r.title, '') + ' of ' + o.name)] +
       [(p)-[r:HOLDS_ROLE]->(e) | p.name + CASE WHEN r.title IS NULL THEN '' ELSE ' (' + r.title + ')' END] AS roles,
       [d IN degrees WHERE d[1] > 0 | d[0] + ' out: ' + toString(d[1])] +
       [d IN degrees WHERE d[2] > 0 | d[0] + ' in: ' + toString(d[2])] AS facts,
       COUNT { (e)<-[:MENTIONS]-() } AS articles, e.id AS _id
