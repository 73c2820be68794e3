/**
 * Pass 7: jurisdictions. First the report's own jurisdiction from caller metadata, title and
 * issuer line; then every name in the body (place-scan.ts resolves the ambiguous ones).
 */
import { outsideFurniture, type Doc } from "../document.js";
import { divisionsByCode } from "../lexicon/divisions.js";
import { jurisdictionOfText, scanJurisdictions } from "./place-scan.js";

/** A title that names no place (政府工作报告): the first full place name of the lines under it. */
function firstPlaceAfterTitle(doc: Doc): string | undefined {
  const from = doc.header.titleSpan?.end ?? 0;
  const to = Math.min(doc.bodyEnd, from + 300);
  const named = outsideFurniture(doc, scanJurisdictions(doc.norm, from, to)).find(
    (m) => m.text === divisionsByCode.get(m.code)?.name,
  );
  return named?.code;
}

export function findJurisdictions(doc: Doc): Doc {
  const { header, meta } = doc;
  const issuerLine = header.issuerLine ? doc.text.slice(header.issuerLine.start, header.issuerLine.end) : "";
  const reportJurisdiction =
    (meta.issuer && jurisdictionOfText(meta.issuer)) ||
    jurisdictionOfText(header.title) ||
    (issuerLine && jurisdictionOfText(issuerLine)) ||
    firstPlaceAfterTitle(doc) ||
    undefined;
  const mentions = outsideFurniture(doc, scanJurisdictions(doc.norm, 0, doc.bodyEnd, reportJurisdiction));
  return { ...doc, reportJurisdiction, jurisdictions: mentions.filter((m) => divisionsByCode.has(m.code)) };
}
