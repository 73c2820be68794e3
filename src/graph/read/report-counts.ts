/**
 * What each report holds, for `kg reports`: the entities it mentions per label and the relationships it states
 * (evidence edges carrying its id; each type's `report` index answers, src/graph/schema.ts).
 */
import { ENTITY_LABELS } from "../model.js";
import type { CypherQuery } from "../query.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";

/** Rows `{id, Agency, Law, Program, Jurisdiction, Metric, relations}` for every id that is a report. */
export function reportCounts(ids: readonly string[]): CypherQuery {
  const entities = ENTITY_LABELS.map((l) => `COUNT { (r)-[:MENTIONS]->(:${l}) } AS ${l}`);
  const relations = EVIDENCE_RELATIONSHIPS.map((t) => `COUNT { ()-[e:${t}]->() WHERE e.report = id }`).join(" + ");
  return {
    cypher: `UNWIND $ids AS id MATCH (r:Report {id: id})
      RETURN id, ${entities.join(", ")}, ${relations} AS relations`,
    params: { ids: [...ids] },
  };
}
