/** Law titles (laws-cn.tsv): exact lookup of cited titles and a trie for bare citations (行政诉讼法). */
import type { LawKind } from "../types.js";
import { foldText } from "../util/fold.js";
import { Trie } from "../util/trie.js";
import { readTsv } from "./tsv.js";

export interface LawVersion {
  date: string;
  expired: boolean | null;
}

export interface LawEntry {
  title: string;
  kind: LawKind;
  versions: LawVersion[];
}

const KIND_OF_LEVEL: Record<string, LawKind> = {
  constitution: "law",
  law: "law",
  administrative_regulation: "administrative_regulation",
  judicial_interpretation: "normative_document",
  department_rule: "rule",
  local_regulation: "local_regulation",
};

/** folded title or short title -> entry */
export const lawsByTitle = new Map<string, LawEntry>();
/** national laws and regulations as cited without book marks */
export const bareLawTitles = new Trie<LawEntry>();

for (const [title, short, level, , , date, expired] of readTsv("laws-cn.tsv", true)) {
  const key = foldText(title);
  let entry = lawsByTitle.get(key);
  if (!entry) {
    entry = { title: key, kind: KIND_OF_LEVEL[level] ?? "normative_document", versions: [] };
    lawsByTitle.set(key, entry);
  }
  entry.versions.push({ date: date ?? "", expired: expired === "1" ? true : expired === "0" ? false : null });
  const shortKey = foldText(short || title);
  if (!lawsByTitle.has(shortKey)) lawsByTitle.set(shortKey, entry);
  if (level === "constitution" || level === "law" || level === "administrative_regulation") {
    for (const form of [key, shortKey]) {
      if (form.length >= 2 && /(法|法典|条例)$/.test(form) && !/修正案/.test(form))
        bareLawTitles.add(form, entry, true);
    }
  }
}
for (const entry of lawsByTitle.values()) entry.versions.sort((a, b) => a.date.localeCompare(b.date));

/**
 * Whether the version cited by a report of `year` was in force then. The lexicon lists versions by
 * the date of each amendment, not by enactment: a law whose listed versions are all later than the
 * year was cited in an earlier, unlisted version, which was in force then (行政诉讼法 in a 2016
 * report: the lexicon's version is of 2017) unless the report speaks of it as still to be made
 * (`drafting`: 制定/起草/编纂…法). Undated rows count only for a law with no dated one. Otherwise the latest version dated by the end of that year is in
 * force if it has not expired, or if a later version superseded it only after that year. Unknown
 * (null) when the year is unknown, or the cited version expired with no later one (repealed, but the
 * lexicon does not say when).
 */
export function inForceIn(entry: LawEntry, year: number | null, drafting = false): boolean | null {
  if (year === null) return null;
  const end = `${year}-12-31`;
  // undated rows (民法典's 编, some old laws) say nothing of time when the law has dated versions
  const dated = entry.versions.filter((v) => v.date);
  const versions = dated.length ? dated : entry.versions;
  const before = versions.filter((v) => !v.date || v.date <= end);
  if (!before.length) return drafting ? null : true;
  const cited = before[before.length - 1];
  const later = versions.length > before.length;
  if (cited.expired === false || later) return true;
  return null;
}
