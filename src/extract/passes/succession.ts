/**
 * After pass 12: SUCCEEDED_BY between the agencies of one jurisdiction, from the dated succession lexicon
 * (lexicon/agency-succession.tsv). An agency gets the edge to the body that took over from it
 * - when the report names both;
 * - for a local body, when the report's year is after the takeover (a 2019 report's 卫计局 has been the
 *   卫生健康局 since 2018): the successor is added;
 * - for a national body, whose successors' names are fixed by the reform plans, whenever the report's year is
 *   before or shortly after the takeover: 国家计委 in 1982 is the body that became 国家发展计划委员会 (1998) and then
 *   国家发展和改革委员会 (2003), so the chain is added and its later names meet the reports that use them.
 *   Local successors are named by each jurisdiction's own reform (卫生健康局 or 卫生健康委员会), so they are not
 *   foretold.
 * A name used more than LINGER years after its takeover is history or another country's body (中柬…农业部 in
 * 2026): no edge. Evidence: the sentence of the agency's first mention; properties: year, how, basis.
 */
import type { AgencyRef, Doc } from "../document.js";
import { sentenceAt } from "../document.js";
import { successorsOf } from "../identity/succession.js";
import type { ExtractedRelation } from "../types.js";
import { evidenceOf } from "./relation-context.js";

/** years a former name lingers in reports after a reform (reports recount the years before) */
const LINGER = 5;

function applies(year: number | null, takeover: number, national: boolean): boolean {
  if (year === null || year > takeover + LINGER) return false;
  return national || year > takeover;
}

export function findSuccessions(doc: Doc): Doc {
  const firstAt = new Map<string, { ref: AgencyRef; at: number }>();
  for (const m of doc.agencies)
    for (const ref of m.refs) if (!firstAt.has(ref.id)) firstAt.set(ref.id, { ref, at: m.start });
  const named = new Set(firstAt.keys());
  const year = doc.header.year;
  const relations: ExtractedRelation[] = [];
  const implied = new Map<string, AgencyRef>();
  const queue = [...firstAt.values()];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const s = sentenceAt(doc, item.at);
    if (!s) continue;
    for (const { ref, succession } of successorsOf(item.ref)) {
      const both = named.has(ref.id);
      if (!both && !applies(year, succession.year, ref.level === "national")) continue;
      relations.push({
        type: "SUCCEEDED_BY",
        from: item.ref.id,
        to: ref.id,
        properties: { year: succession.year, how: succession.how, basis: succession.basis },
        evidence: evidenceOf(doc, s),
      });
      if (!both && !implied.has(ref.id)) {
        implied.set(ref.id, ref);
        queue.push({ ref, at: item.at });
      }
    }
  }
  if (!relations.length) return doc;
  return {
    ...doc,
    relations: [...doc.relations, ...relations],
    impliedAgencies: [...(doc.impliedAgencies ?? []), ...implied.values()],
  };
}
