/**
 * The read queries of `kg audit` (audit.ts decides what is suspicious; these only fetch). Each entity comes with
 * the jurisdictions of the reports that mention it, and whether a national report (issued by 国务院, or covering
 * no jurisdiction) mentions it, so names can be compared inside one jurisdiction.
 */
import type { Query } from "../load/queries.js";

/** Law, Program and Agency nodes with the jurisdiction codes of their reports. */
export function auditEntities(): Query {
  return {
    cypher: `MATCH (n:Entity) WHERE n:Law OR n:Program OR n:Agency
CALL (n) {
  MATCH (r:Report)-[:MENTIONS]->(n)
  OPTIONAL MATCH (r)-[:COVERS]->(j:Jurisdiction)
  RETURN collect(DISTINCT j.code) AS codes,
         count(DISTINCT r) AS reports,
         sum(CASE WHEN j IS NULL OR r.issuer CONTAINS '国务院' THEN 1 ELSE 0 END) > 0 AS national
}
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.kind AS kind, codes, reports, national
ORDER BY id`,
    params: {},
  };
}

/** Per report: its title, year, issuer and how many agencies it mentions. */
export function agenciesPerReport(): Query {
  return {
    cypher: `MATCH (r:Report)
RETURN r.id AS id, r.title AS title, r.year AS year, r.issuer AS issuer, COUNT { (r)-[:MENTIONS]->(:Agency) } AS agencies
ORDER BY r.year, r.id`,
    params: {},
  };
}
