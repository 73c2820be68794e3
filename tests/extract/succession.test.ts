/**
 * Agencies across renamings (issue 12, point 5): SUCCEEDED_BY from the dated succession lexicon
 * (src/extract/lexicon/agency-succession.tsv), between the bodies of one jurisdiction.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport, type ExtractedReport } from "../../src/extract/index.js";
import { readTsv } from "../../src/extract/lexicon/tsv.js";

const successions = (r: ExtractedReport) =>
  r.relations
    .filter((x) => x.type === "SUCCEEDED_BY")
    .map((x) => `${x.from} -> ${x.to} ${x.properties?.year} ${x.properties?.how}`);
const NATIONAL = new URL("../fixtures/corpus-national/", import.meta.url);
const national = (year: number) => extractReport(readFileSync(new URL(`国务院-${year}-政府工作报告.txt`, NATIONAL)));

describe("State Council bodies across their names (the national corpus)", () => {
  it("1979: 国家计划委员会 became 国家发展计划委员会 (1998), then 国家发展和改革委员会 (2003)", () => {
    const r = national(1979);
    expect(successions(r)).toEqual(
      expect.arrayContaining([
        "agency:中华人民共和国国家计划委员会 -> agency:中华人民共和国国家发展计划委员会 1998 renamed",
        "agency:中华人民共和国国家发展计划委员会 -> agency:中华人民共和国国家发展和改革委员会 2003 renamed",
      ]),
    );
    // the later names are nodes of the report (without mentions), so they meet the reports that use them
    const later = r.entities.find((e) => e.id === "agency:中华人民共和国国家发展和改革委员会");
    expect(later).toMatchObject({ type: "Agency", mentions: [] });
  });

  it("1982: 国家经委, named beside 国家计委, merged into it in 1988 (国务院已责成国家计委、国家经委和财政部…)", () => {
    const r = national(1982);
    const edge = r.relations.find((x) => x.type === "SUCCEEDED_BY" && x.from === "agency:中华人民共和国国家经济委员会");
    expect(edge).toMatchObject({
      to: "agency:中华人民共和国国家计划委员会",
      properties: { year: 1988, how: "merged" },
    });
    expect(String(edge?.properties?.basis)).toContain("1988");
    expect(edge?.evidence.sentence).toContain("国家经委");
  });

  it("2026: a former ministry's name long after its reform is not the Chinese body (中柬…农业部): no edge", () => {
    const r = extractReport(readFileSync(new URL("../fixtures/corpus/云南省-2026-政府工作报告.txt", import.meta.url)));
    expect(successions(r)).toEqual([]);
  });
});

describe("local bodies after the 2018 reform", () => {
  const report = (year: number, body: string) =>
    extractReport(`荆州市荆州区人民政府关于${year}年法治政府建设工作的报告\n\n${year}年，${body}`);

  it("a report after the reform that still says 卫计局: the 卫生健康局 of the same district took over", () => {
    expect(successions(report(2019, "区卫计局开展医疗机构专项检查行动。"))).toEqual([
      "agency:荆州市荆州区卫生和计划生育局 -> agency:荆州市荆州区卫生健康局 2018 renamed",
    ]);
  });

  it("a report before the reform: the body still existed, no successor is foretold", () => {
    expect(successions(report(2016, "区卫计局开展打击非法行医行动。"))).toEqual([]);
  });

  it("a report that names both: one edge, merged bodies each into the 市场监督管理局", () => {
    const r = report(2018, "区食药监局、区工商局、区质监局整合组建区市场监管局。");
    expect(successions(r).sort()).toEqual([
      "agency:荆州市荆州区工商行政管理局 -> agency:荆州市荆州区市场监督管理局 2018 merged",
      "agency:荆州市荆州区质量技术监督局 -> agency:荆州市荆州区市场监督管理局 2018 merged",
      "agency:荆州市荆州区食品药品监督管理局 -> agency:荆州市荆州区市场监督管理局 2018 merged",
    ]);
  });

  it("never links bodies of two jurisdictions", () => {
    const r = extractReport(
      "荆州市荆州区人民政府关于2019年法治政府建设工作的报告\n\n2019年，区卫计局配合荆州市沙市区卫生健康局开展检查。",
    );
    expect(successions(r)).toEqual([
      "agency:荆州市荆州区卫生和计划生育局 -> agency:荆州市荆州区卫生健康局 2018 renamed",
    ]);
  });
});

describe("the succession lexicon", () => {
  const central = new Set(readTsv("central-agencies.tsv").map(([name]) => name));
  const rows = readTsv("agency-succession.tsv");

  it.each(rows.filter(([from]) => !from.startsWith("{J}")))(
    "%s -> %s names bodies of central-agencies.tsv",
    (from, to) => {
      expect(central.has(from), from).toBe(true);
      expect(central.has(to), to).toBe(true);
    },
  );

  it("dates every row and says how and on what basis", () => {
    for (const [, , year, how, basis] of rows) {
      expect(Number(year)).toBeGreaterThan(1949);
      expect(["renamed", "merged"]).toContain(how);
      expect(basis).toMatch(/^(SC|LOCAL)\d{4}$/);
    }
  });
});
