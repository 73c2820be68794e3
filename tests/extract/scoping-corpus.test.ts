/**
 * Issue 12, point 6, over the 28 provincial reports of 2026 and the State Council's reports: no Law or
 * Program node has a name that is only a kind word, and none is shared by two jurisdictions unless it
 * is national (a national list names it, or its name says it is the country's) or its name says whose it is.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { jurisdictionNames } from "../../src/extract/lexicon/jurisdiction-names.js";
import { readTsv } from "../../src/extract/lexicon/tsv.js";

const PROVINCIAL = new URL("../fixtures/corpus/", import.meta.url);
const NATIONAL = new URL("../fixtures/corpus-national/", import.meta.url);
const txt = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();

/** Kind words read from the list and the 公文 kinds (党政机关公文处理工作条例 第八条), not from the code. */
const GENERIC = new Set([
  "纲要",
  "纲要(草案)",
  "规划纲要",
  "决定",
  "方案",
  "意见",
  "建议",
  "通知",
  "规划",
  "实施方案",
  "提升行动",
  "专项行动",
  "三年行动",
  "行动",
  "工程",
  "改革",
  "制度",
]);

const key = (s: string) => s.normalize("NFKC").replace(/[“”"]/g, "");
const nationalPrograms = new Set(readTsv("national-programs.tsv").flatMap(([name]) => [key(name)]));
const nationalLaws = new Set(
  readTsv("laws-cn.tsv", true)
    .filter((r) => r[2] !== "local_regulation")
    .flatMap((r) => [key(r[0]), key(r[1] ?? "")]),
);
const namedNational = new Set(
  readTsv("named-documents.tsv").flatMap(([, titles]) => (titles ?? "").split(";").map(key)),
);
const COUNTRY = /^(中华人民共和国|中共中央|中国共产党中央|国务院|全国|国家|中国|中华|中央)/;
/** a round or year before the name proper (第四次全国文物普查, 2025年中国…) does not hide whose it is */
const ROUND = /^(第[一二三四五六七八九十百零〇两\d]+[次届轮批期]|(19|20)\d{2}年度?)/;

describe("names over the provincial reports of 2026 and the State Council's reports", () => {
  const byId = new Map<string, { name: string; jurisdictions: Set<string> }>();
  for (const [dir, files] of [
    [PROVINCIAL, txt(PROVINCIAL)],
    [NATIONAL, txt(NATIONAL)],
  ] as const) {
    for (const f of files) {
      const r = extractReport(readFileSync(new URL(f, dir)));
      const owner = r.report.jurisdictionId ?? "national";
      for (const e of r.entities) {
        if (e.type !== "Law" && e.type !== "Program") continue;
        const seen = byId.get(e.id) ?? { name: e.name, jurisdictions: new Set<string>() };
        seen.jurisdictions.add(owner);
        byId.set(e.id, seen);
      }
    }
  }

  it("has no Law or Program whose name is a bare kind word", () => {
    const generic = [...byId.values()].filter((e) => GENERIC.has(key(e.name))).map((e) => e.name);
    expect(generic).toEqual([]);
  });

  it("shares a Law or Program between jurisdictions only when it is national or its name says whose it is", () => {
    const places = (name: string) =>
      jurisdictionNames
        .scan(name.replace(ROUND, "").replace(/^(中共|中国共产党)/, ""), 0, 12)
        .some((h) => h.start === 0);
    const offenders = [...byId]
      .filter(([, e]) => e.jurisdictions.size > 1)
      .filter(([id, e]) => {
        const national =
          COUNTRY.test(e.name.replace(ROUND, "")) ||
          nationalPrograms.has(key(e.name)) ||
          nationalLaws.has(key(e.name)) ||
          namedNational.has(key(e.name)) ||
          /法(典)?$/.test(e.name);
        return !(national && !/^(law|program):(\d{6}|report-)/.test(id)) && !places(e.name);
      })
      .map(([id, e]) => `${id} (${[...e.jurisdictions].join(", ")})`);
    expect(offenders).toEqual([]);
  });
});
