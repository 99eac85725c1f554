// name: stats
// description: Counts per label and relationship type
// example: newsgraph query stats
UNWIND [
  // each COUNT reads the count store: instant on any size of graph
  ['label', 'Entity', COUNT { (:Entity) }],
  ['label', 'Country', COUNT { (:Country) }],
  ['label', 'Person', COUNT { (:Person) }],
  ['label', 'Organization', COUNT { (:Organization) }],
  ['label', 'Article', COUNT { (:Article) }],
  ['label', 'Evidence', COUNT { (:Evidence) }],
  ['label', 'Alias', COUNT { (:Alias) }],
  ['label', 'CoMention', COUNT { (:CoMention) }],
  ['relationship', 'RESTORES_TIES', COUNT { ()-[:RESTORES_TIES]->() }],
  ['relationship', 'SEVERS_TIES', COUNT { ()-[:SEVERS_TIES]->() }],
  ['relationship', 'MEETS_WITH', COUNT { ()-[:MEETS_WITH]->() }],
  ['relationship', 'VISITS', COUNT { ()-[:VISITS]->() }],
  ['relationship', 'AGREES_WITH', COUNT { ()-[:AGREES_WITH]->() }],
  ['relationship', 'COOPERATES_WITH', COUNT { ()-[:COOPERATES_WITH]->() }],
  ['relationship', 'SUPPORTS', COUNT { ()-[:SUPPORTS]->() }],
  ['relationship', 'ALLIED_WITH', COUNT { ()-[:ALLIED_WITH]->() }],
  ['relationship', 'MEDIATES', COUNT { ()-[:MEDIATES]->() }],
  ['relationship', 'PRAISES', COUNT { ()-[:PRAISES]->() }],
  ['relationship', 'IMPOSES_BAN', COUNT { ()-[:IMPOSES_BAN]->() }],
  ['relationship', 'IMPOSES_SANCTIONS', COUNT { ()-[:IMPOSES_SANCTIONS]->() }],
  ['relationship', 'IMPOSES_TARIFFS', COUNT { ()-[:IMPOSES_TARIFFS]->() }],
  ['relationship', 'LIFTS_RESTRICTIONS', COUNT { ()-[:LIFTS_RESTRICTIONS]->() }],
  ['relationship', 'ACCUSES', COUNT { ()-[:ACCUSES]->() }],
  ['relationship', 'CRITICIZES', COUNT { ()-[:CRITICIZES]->() }],
  ['relationship', 'THREATENS', COUNT { ()-[:THREATENS]->() }],
  ['relationship', 'ATTACKS', COUNT { ()-[:ATTACKS]->() }],
  ['relationship', 'IN_CONFLICT_WITH', COUNT { ()-[:IN_CONFLICT_WITH]->() }],
  ['relationship', 'EXPELS', COUNT { ()-[:EXPELS]->() }],
  ['relationship', 'DEMANDS', COUNT { ()-[:DEMANDS]->() }],
  ['relationship', 'REJECTS', COUNT { ()-[:REJECTS]->() }],
  ['relationship', 'ARRESTS', COUNT { ()-[:ARRESTS]->() }],
  ['relationship', 'HOLDS_ROLE', COUNT { ()-[:HOLDS_ROLE]->() }],
  ['relationship', 'MEMBER_OF', COUNT { ()-[:MEMBER_OF]->() }],
  ['relationship', 'BASED_IN', COUNT { ()-[:BASED_IN]->() }],
  ['relationship', 'MENTIONS', COUNT { ()-[:MENTIONS]->() }],
  ['relationship', 'STATES', COUNT { ()-[:STATES]->() }],
  ['relationship', 'SUBJECT', COUNT { ()-[:SUBJECT]->() }],
  ['relationship', 'OBJECT', COUNT { ()-[:OBJECT]->() }],
  ['relationship', 'ALIAS_OF', COUNT { ()-[:ALIAS_OF]->() }]
] AS row
WITH row WHERE row[2] > 0
RETURN row[0] AS kind, row[1] AS what, row[2] AS count
ORDER BY kind, what
