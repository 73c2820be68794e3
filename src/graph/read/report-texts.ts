/** The stored texts of reports (model.ts: (:ReportText {id: report id, text})), one id-index seek each. */
import { REPORT_TEXT_LABEL } from "../model.js";
import type { CypherQuery } from "../query.js";

/**
 * The whole text per id: slices are cut by the caller, because the offsets count UTF-16 code units (as JavaScript
 * does) and Cypher's substring counts code points, which differ after a character outside the BMP (𬌗).
 */
export function reportTexts(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (t:${REPORT_TEXT_LABEL} {id: id}) RETURN id, t.text AS text`,
    params: { ids: [...ids] },
  };
}
