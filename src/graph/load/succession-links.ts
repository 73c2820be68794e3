/**
 * SUCCEEDED_BY between stored bodies across reports. The extractor links two names of one body only when one report
 * shows both (or its year shows which applies); a body named only before a reform in one report (2016:
 * 沙市区卫生和计划生育局) and only after it in another (2020: 沙市区卫生健康局) is linked here, at load time:
 * every pair of the succession lexicon (src/extract/identity/succession-pairs.ts) with both nodes in the graph gets
 * one `(:Agency)-[:SUCCEEDED_BY {year, how, basis, source: "lexicon"}]->(:Agency)` (no report: it is the lexicon's
 * fact about two nodes, not a statement of one report). It lives as long as both nodes do (deleting an entity
 * detaches it), so it does not depend on the order of ingests, on batch boundaries, or on which report is
 * removed; the extractor's edges, one per report with its sentence, stay the evidence.
 */
import { agencyId } from "../../extract/identity/ids.js";
import { successionPairs } from "../../extract/identity/succession-pairs.js";

export interface SuccessionLink {
  from: string;
  to: string;
  year: number;
  how: string;
  basis: string;
}

/**
 * The lexicon pairs any of `agencies` is in (either side), once each, sorted by ends (locks in one order). Only
 * agencies whose id is the canonical id of their name (agency:<name>, as the extractor gives them): the other end's
 * id is built from its name the same way.
 */
export function successionLinks(agencies: { id: string; name: string }[]): SuccessionLink[] {
  const links = new Map<string, SuccessionLink>();
  for (const { id, name } of agencies)
    if (id === agencyId(name))
      for (const { predecessor, successor, succession } of successionPairs(name)) {
        const link = {
          from: agencyId(predecessor),
          to: agencyId(successor),
          year: succession.year,
          how: succession.how,
          basis: succession.basis,
        };
        links.set(`${link.from}\u0000${link.to}`, link);
      }
  return [...links.values()].sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.to < b.to ? -1 : 1));
}
