/**
 * Whose a document is. A title that names a place is that place's; a title that names none takes the
 * report's jurisdiction when its words say "ours" (全省…规划, 我省…措施, 《纲要(草案)》 of a provincial
 * report), and a national law keeps its national title. Design: issue 12 point 3.
 */
import type { Doc } from "../../document.js";
import { within } from "../../document.js";
import { ancestors, divisionsByCode } from "../../lexicon/divisions.js";

export interface ReportScope {
  /** the report is the State Council's (or a national body's) */
  national: boolean;
  /** the report's division, when known */
  code?: string;
  name?: string;
  /** its Party committee as document titles write it (中共浙江省委) */
  party?: string;
}

export function reportScope(doc: Doc): ReportScope {
  const code = doc.reportJurisdiction;
  const d = code ? divisionsByCode.get(code) : undefined;
  if (d && d.level !== "national") return { national: false, code: d.code, name: d.name, party: partyOf(d.name) };
  if (d) return { national: true };
  const national = /国务院/.test(doc.issuer?.name ?? "") || /国务院/.test(doc.meta.issuer ?? "");
  return { national };
}

function partyOf(name: string): string {
  return /(省|市|县|区)$/.test(name) && !/自治区$/.test(name) ? `中共${name}委` : `中共${name}委员会`;
}

/** The report's own division at the level a one-character place word names: 省 -> the province. */
export function ownDivisionName(doc: Doc, word: string): string | undefined {
  const code = doc.reportJurisdiction;
  if (!code) return undefined;
  const chain = ancestors(code);
  const level = /省|自治区/.test(word)
    ? "provincial"
    : /市/.test(word)
      ? "city"
      : /县|区/.test(word)
        ? "county"
        : undefined;
  const d =
    chain.find((x) => x.level === level) ??
    (level === "city" ? chain.find((x) => x.level === "provincial" && /市$/.test(x.name)) : undefined);
  return d?.name;
}

/** The place a span opens with (a province or city, the levels that make regulations and rules). */
export function openingPlace(doc: Doc, start: number): { name: string; code: string; end: number } | undefined {
  const first = within(doc.jurisdictions, { start, end: start + 12 })[0];
  if (!first || first.start > start + 1) return undefined;
  const level = divisionsByCode.get(first.code)?.level;
  if (level !== "provincial" && level !== "city") return undefined;
  return { name: divisionsByCode.get(first.code)?.name ?? first.text, code: first.code, end: first.end };
}
