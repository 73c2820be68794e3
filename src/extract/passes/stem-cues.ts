/**
 * Helper of pass 7 (listed-places): what else, besides a 、-list of three, lets a place stem (错那 for 错那市,
 * 山南 for 山南市, a short name that is also a word) name its place:
 * - a disaster named after it (定日6.8级地震, 玉树地震);
 * - a place of the same level and province joined to it by 和/与/及/- (拉萨-山南, 那曲和阿里);
 * - a level word later in the clause of a two-stem list (错那、米林撤县设市; 象州、宜州入选…示范县).
 */
import type { JurisdictionMention } from "../document.js";
import { ancestors, divisionsByCode, isWithin, type Division } from "../lexicon/divisions.js";
import { readWordList } from "../lexicon/tsv.js";

const EVENTS = readWordList("place-events.txt");
const EVENT_AFTER = new RegExp(`^(?:\\d+(?:\\.\\d+)?级)?(?:特大)?(?:${EVENTS.join("|")})`);

/** 定日地震, 定日6.8级地震, 汶川特大地震: a disaster kind right after `end`. */
export function eventAfter(norm: string, end: number): boolean {
  return EVENT_AFTER.test(norm.slice(end, end + 12));
}

/** Characters that join two places as a pair (拉萨-山南: the dash is folded from —). */
export const PAIR_JOINERS = new Set("和与及-");

/** The one stem division of the partner's level and province (and the report's province, when known). */
export function pairedWith(
  stem: Division[],
  partner: JurisdictionMention | undefined,
  reportProvince?: string,
): Division | undefined {
  if (!partner) return undefined;
  const level = divisionsByCode.get(partner.code)?.level;
  const province = ancestors(partner.code)[0]?.code;
  if (!province || (reportProvince && province !== reportProvince)) return undefined;
  const fit = stem.filter((d) => d.level === level && isWithin(d.code, province));
  return fit.length === 1 ? fit[0] : undefined;
}

/** Where a clause ends: what a level word must come before to speak of the list. */
const CLAUSE_END = /[,;:。!?\n]/;

/** 撤县设市, 等10个县区, 示范县: the county word later in the clause that starts at `end`. */
export function countyWordAfter(norm: string, end: number): boolean {
  const rest = norm.slice(end, end + 40);
  const stop = rest.search(CLAUSE_END);
  return (stop < 0 ? rest : rest.slice(0, stop)).includes("县");
}
