/**
 * Whose a law or program is, as far as its name and its report say: the ids of names that do not
 * say it themselves carry their owner (README, "Whose a name is").
 *
 * A scope is undefined for names that are national or that name their owner (中华人民共和国…法,
 * 浙江省…条例: the name alone is one real thing), else the report's GB/T 2260 code (330000), or, when
 * the report's jurisdiction is unknown, the report itself (`report-<hex>`): never one global node.
 */
import type { Doc } from "../document.js";
import { jurisdictionNames } from "../lexicon/jurisdiction-names.js";
import { reportIdOf } from "./ids.js";
import { foldText } from "../util/fold.js";

/** Names of the whole country's bodies and of the country itself (国家…, 全国…, 中国…, 中央…). */
const NATIONAL_PREFIX = /^(中华人民共和国|中国共产党|中共中央|党中央|国务院|全国|国家|中国|中华|中央|最高人民)/;

const PARTY_PREFIX = /^(中国共产党|中共)/;

/** which round or year of a thing, before the name proper: 第四次全国文物普查, 第三轮中央生态环保督察, 2025年中国… */
const ROUND_LEAD = /^(第[一二三四五六七八九十百零〇两\d]+[次届轮批期]|(19|20)\d{2}年度?)/;

export type NameOwner = "national" | "place" | undefined;

/**
 * What a name says of its owner: national (国家…, 中华人民共和国…), a place (广东省…, 杭州…), or nothing; a
 * round or year before it does not hide it (第十五届全国运动会 is the country's, 2025年浙江省… the province's).
 */
export function ownerNamed(name: string): NameOwner {
  const n = foldText(name)
    .replace(/^[“"《]/, "")
    .replace(ROUND_LEAD, "");
  if (NATIONAL_PREFIX.test(n)) return "national";
  // 中共浙江省委关于…, 中国共产党广西壮族自治区委员会关于…: a local Party committee's
  if (PARTY_PREFIX.test(n)) return ownerNamed(n.replace(PARTY_PREFIX, "")) === "place" ? "place" : undefined;
  for (const hit of jurisdictionNames.scan(n, 0, Math.min(n.length, 16))) {
    if (hit.start === 0 && hit.end < n.length) return "place";
    if (hit.start > 0) break;
  }
  return undefined;
}

/** The country's own code among the jurisdictions (special-divisions.tsv): names of it are national. */
export const COUNTRY_CODE = "CN";

/** A report of the State Council or another national body: of the country, or of no local jurisdiction. */
export function isNationalReport(doc: Doc): boolean {
  if (doc.reportJurisdiction) return doc.reportJurisdiction === COUNTRY_CODE;
  return doc.issuer?.level === "national";
}

/** The scope of a name that belongs to the report's own government; undefined for the country's. */
export function reportScope(doc: Doc): string | undefined {
  if (isNationalReport(doc)) return undefined;
  if (doc.reportJurisdiction) return doc.reportJurisdiction;
  return `report-${reportIdOf(doc).slice("report:".length)}`;
}
