// Full-text search over entity names and aliases. The `cjk` analyzer indexes overlapping character bigrams, so
// queries of two or more Chinese characters match inside names; one-character queries need the CONTAINS
// fallback of src/graph/search.ts (backed by the entity_name_text index).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Agency|Law|Program|Jurisdiction|Metric) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
