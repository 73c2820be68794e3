/**
 * Whose a law or other document is (README, "Whose a name is"), in this order: a title naming the
 * country or a place says it itself; a national title of the lexicon (laws-cn.tsv) is national unless
 * a local report says its own government makes or revises it (推动修订优化营商环境条例: the province's
 * regulation of that short title, never the State Council's); a 法 is national (only the NPC makes
 * laws); an issuer named with the title gives its own jurisdiction; a State Council report's
 * documents are national; anything else is the report's own. National titles also come from
 * named-documents.tsv (法治政府建设实施纲要(2015-2020年), 中央八项规定). A title right after a place name
 * (重庆市|公平竞争审查条例, the bare national short title cut out of a local one) is that place's.
 */
import type { Doc, LawMention } from "../document.js";
import { within } from "../document.js";
import { lawsByTitle } from "../lexicon/laws.js";
import { readTsv } from "../lexicon/tsv.js";
import { COUNTRY_CODE, isNationalReport, ownerNamed, reportScope } from "./owner.js";

/** A local government making or revising a document of that title: 修订优化营商环境条例, 出台自治区…条例. */
const MADE_HERE =
  /(制定|修订|修改|出台|起草|编制|研究制定|推动修订|加快制定)(我省|我市|我区|本省|本市|全省|全市|自治区|省|市|区|县)?[《"“]?$/;

/** national documents known by a popular name (named-documents.tsv): their full titles */
const NAMED_NATIONAL = new Set(readTsv("named-documents.tsv").flatMap(([, titles]) => (titles ?? "").split(";")));

function isNationalTitle(title: string): boolean {
  if (NAMED_NATIONAL.has(title)) return true;
  const entry = lawsByTitle.get(title);
  return !!entry && entry.kind !== "local_regulation";
}

/** A place named right before the title (重庆市公平竞争审查条例 cut to its national short title): that place's. */
function placeBefore(doc: Doc, law: LawMention): string | undefined {
  const at = law.start;
  return within(doc.jurisdictions, { start: Math.max(0, at - 12), end: at }).find((j) => j.end === at)?.code;
}

export function lawScope(doc: Doc, law: LawMention): string | undefined {
  const named = ownerNamed(law.canonical);
  if (named) return undefined;
  const place = placeBefore(doc, law);
  if (place) return place === COUNTRY_CODE ? undefined : place;
  const local = !!reportScope(doc) && !!doc.reportJurisdiction;
  if (isNationalTitle(law.canonical)) {
    const before = doc.norm.slice(Math.max(0, law.start - 8), law.start);
    return local && MADE_HERE.test(before) ? reportScope(doc) : undefined;
  }
  if (law.kind === "law" && /(法|法典)$/.test(law.canonical)) return undefined;
  const issuer = law.issuers[0]?.ref;
  if (issuer?.level === "national") return undefined;
  if (issuer?.jurisdictionCode) return issuer.jurisdictionCode === COUNTRY_CODE ? undefined : issuer.jurisdictionCode;
  if (isNationalReport(doc)) return undefined;
  return reportScope(doc);
}
