// name: stats
// description: Counts per label and relationship type
// example: newsgraph query stats
CALL () {
  // Each count is one read of the count store: instant on any size of graph.
  MATCH (n:Entity) RETURN 'label' AS kind, 'Entity' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Country) RETURN 'label' AS kind, 'Country' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Person) RETURN 'label' AS kind, 'Person' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Organization) RETURN 'label' AS kind, 'Organization' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Article) RETURN 'label' AS kind, 'Article' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Evidence) RETURN 'label' AS kind, 'Evidence' AS what, count(n) AS count
  UNION ALL
  MATCH (n:Alias) RETURN 'label' AS kind, 'Alias' AS what, count(n) AS count
  UNION ALL
  MATCH ()-[r:RESTORES_TIES]->() RETURN 'relationship' AS kind, 'RESTORES_TIES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:SEVERS_TIES]->() RETURN 'relationship' AS kind, 'SEVERS_TIES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEETS_WITH]->() RETURN 'relationship' AS kind, 'MEETS_WITH' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:VISITS]->() RETURN 'relationship' AS kind, 'VISITS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:AGREES_WITH]->() RETURN 'relationship' AS kind, 'AGREES_WITH' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:COOPERATES_WITH]->() RETURN 'relationship' AS kind, 'COOPERATES_WITH' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUPPORTS]->() RETURN 'relationship' AS kind, 'SUPPORTS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:ALLIED_WITH]->() RETURN 'relationship' AS kind, 'ALLIED_WITH' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEDIATES]->() RETURN 'relationship' AS kind, 'MEDIATES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:PRAISES]->() RETURN 'relationship' AS kind, 'PRAISES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:IMPOSES_BAN]->() RETURN 'relationship' AS kind, 'IMPOSES_BAN' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:IMPOSES_SANCTIONS]->() RETURN 'relationship' AS kind, 'IMPOSES_SANCTIONS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:IMPOSES_TARIFFS]->() RETURN 'relationship' AS kind, 'IMPOSES_TARIFFS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:LIFTS_RESTRICTIONS]->() RETURN 'relationship' AS kind, 'LIFTS_RESTRICTIONS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:ACCUSES]->() RETURN 'relationship' AS kind, 'ACCUSES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:CRITICIZES]->() RETURN 'relationship' AS kind, 'CRITICIZES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:THREATENS]->() RETURN 'relationship' AS kind, 'THREATENS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:ATTACKS]->() RETURN 'relationship' AS kind, 'ATTACKS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:IN_CONFLICT_WITH]->() RETURN 'relationship' AS kind, 'IN_CONFLICT_WITH' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:EXPELS]->() RETURN 'relationship' AS kind, 'EXPELS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:DEMANDS]->() RETURN 'relationship' AS kind, 'DEMANDS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:REJECTS]->() RETURN 'relationship' AS kind, 'REJECTS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:ARRESTS]->() RETURN 'relationship' AS kind, 'ARRESTS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE]->() RETURN 'relationship' AS kind, 'HOLDS_ROLE' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() RETURN 'relationship' AS kind, 'MEMBER_OF' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:BASED_IN]->() RETURN 'relationship' AS kind, 'BASED_IN' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() RETURN 'relationship' AS kind, 'MENTIONS' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:STATES]->() RETURN 'relationship' AS kind, 'STATES' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:SUBJECT]->() RETURN 'relationship' AS kind, 'SUBJECT' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:OBJECT]->() RETURN 'relationship' AS kind, 'OBJECT' AS what, count(r) AS count
  UNION ALL
  MATCH ()-[r:ALIAS_OF]->() RETURN 'relationship' AS kind, 'ALIAS_OF' AS what, count(r) AS count
}
WITH kind, what, count WHERE count > 0
RETURN kind, what, count
ORDER BY kind, what
