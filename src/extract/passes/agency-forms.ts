/** Helpers of pass 8: where a lexicon form is really an agency name, and generic names (区新型农村合作医疗办公室). */
import { readTsv } from "../lexicon/tsv.js";
import { isCjkAt } from "../util/text.js";

const rules = new Map(readTsv("agency-context.tsv").map(([rule, chars]) => [rule, new Set(chars)]));
const LEVEL_NOT_AFTER = rules.get("level_char_not_after") ?? new Set<string>();
const GENERIC_NOT_STARTING = rules.get("generic_not_starting") ?? new Set<string>();
const GENERIC_STOP = rules.get("generic_stop") ?? new Set<string>();

/** Words whose last character is a form's last character: 办理, 部门, 局面, 委员. */
const NOT_FOLLOWED_BY: [string, string][] = [
  ["办", "理事法好结成实学案件"],
  ["部", "门署分"],
  ["局", "面势限"],
  ["委", "员托屈婉"],
];

export function formFitsNextChar(form: string, next: string | undefined): boolean {
  if (!next) return true;
  const last = form[form.length - 1];
  return !NOT_FOLLOWED_BY.some(([end, chars]) => end === last && chars.includes(next));
}

export function levelCharStandsAlone(norm: string, at: number): boolean {
  return !LEVEL_NOT_AFTER.has(norm[at - 1] ?? "") && !(norm[at - 1] === "自" && norm[at] === "治");
}

// "中心" alone is too often a place word (城市副中心, 研发中心); only service/administration centres count
const GENERIC_SUFFIXES = [
  "办公室",
  "委员会",
  "管理局",
  "局",
  "大队",
  "支队",
  "中队",
  "服务中心",
  "管理中心",
  "指挥中心",
  "监测中心",
  "交易中心",
  "控制中心",
  "调解中心",
  "管理处",
  "管理所",
];
/** 布局, 格局, 大局, 开局, 新局, 开好局 …: words ending in 局 that are not bureaus */
const NOT_BUREAU = new Set("布格结大当全开出入变残时政饭赌骗新好");
const INSTITUTION_SUFFIX = /(大队|支队|中队|中心)$/;
const MAX_GENERIC = 14;

/** A body named after a place or level word but missing from the lexicon: [prefix] + up to 14 chars + suffix. */
export function genericAgencyAt(
  norm: string,
  from: number,
  limit: number,
  afterLevelChar: boolean,
): { end: number; institution: boolean } | undefined {
  if (afterLevelChar && GENERIC_NOT_STARTING.has(norm[from])) return undefined;
  const stop = Math.min(limit, from + MAX_GENERIC);
  for (let i = from; i < stop; i++) {
    if (!isCjkAt(norm, i) || GENERIC_STOP.has(norm[i])) return undefined;
    for (const suffix of GENERIC_SUFFIXES) {
      const end = i + 1;
      if (end - from < suffix.length + 2 || !norm.startsWith(suffix, end - suffix.length)) continue;
      if (norm[end] === "组" || norm[end] === "长") return undefined;
      if (suffix === "局" && NOT_BUREAU.has(norm[i - 1])) return undefined;
      return { end, institution: INSTITUTION_SUFFIX.test(suffix) };
    }
  }
  return undefined;
}
