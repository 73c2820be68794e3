/** The dated succession of government bodies (agency-succession.tsv): who took over from whom, when, and why we know. */
import { readTsv } from "./tsv.js";

export type SuccessionHow = "renamed" | "merged";

export interface Succession {
  /** a full name (national bodies) or a {J} template (local bodies) */
  predecessor: string;
  successor: string;
  year: number;
  how: SuccessionHow;
  basis: string;
}

const SOURCES: Record<string, string> = {
  SC1988: "国务院机构改革方案 (七届全国人大一次会议, 1988-04-09)",
  SC1993: "国务院机构改革方案 (八届全国人大一次会议, 1993-03-22)",
  SC1998: "国务院机构改革方案 (九届全国人大一次会议, 1998-03-10)",
  SC2003: "国务院机构改革方案 (十届全国人大一次会议, 2003-03-10)",
  SC2008: "国务院机构改革方案 (十一届全国人大一次会议, 2008-03-15)",
  SC2013: "国务院机构改革和职能转变方案 (十二届全国人大一次会议, 2013-03-14)",
  SC2018: "国务院机构改革方案 (十三届全国人大一次会议, 2018-03-17)",
  SC2023: "国务院机构改革方案 (十四届全国人大一次会议, 2023-03-10)",
  LOCAL2013: "地方政府机构改革 after 国务院机构改革和职能转变方案 (2013)",
  LOCAL2018: "地方机构改革 after 深化党和国家机构改革方案 (2018)",
};

export const SUCCESSIONS: readonly Succession[] = readTsv("agency-succession.tsv").map(
  ([predecessor, successor, year, how, basis]) => ({
    predecessor,
    successor,
    year: Number(year),
    how: how as SuccessionHow,
    basis: SOURCES[basis] ?? basis,
  }),
);

/** national rows by the predecessor's full name */
export const nationalSuccessors = new Map<string, Succession[]>();
/** local rows by the template's body word (卫生和计划生育局) */
export const localSuccessors = new Map<string, Succession[]>();
for (const s of SUCCESSIONS) {
  const local = s.predecessor.startsWith("{J}");
  const map = local ? localSuccessors : nationalSuccessors;
  const key = local ? s.predecessor.slice(3) : s.predecessor;
  map.set(key, [...(map.get(key) ?? []), s]);
}
