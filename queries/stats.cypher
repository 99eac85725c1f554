// name: stats
// description: Counts per label and relationship type
// example: newsgraph query stats
CALL () {
  MATCH (n) UNWIND labels(n) AS what RETURN 'label' AS kind, what, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS what, count(*) AS count
}
RETURN kind, what, count
ORDER BY kind, what
