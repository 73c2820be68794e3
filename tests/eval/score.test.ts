import { describe, expect, it } from "vitest";
import { parseGold, type Gold } from "../../src/eval/gold.js";
import { microAverage, scoreCategory, scoreReport } from "../../src/eval/score.js";
import type { EntityType, ExtractedReport } from "../../src/extract/types.js";

/** A prediction with its mention texts (offsets do not matter to the scorer). */
const entity = (type: EntityType, name: string, mentions: string[] = [name], aliases: string[] = []) => ({
  id: `${type}:${name}`,
  type,
  name,
  aliases,
  mentions: mentions.map((text) => ({ text, start: 0, end: text.length })),
});
const extraction = (...entities: ReturnType<typeof entity>[]) => ({ entities }) as unknown as ExtractedReport;

const gold = (g: Partial<Gold>): Gold => ({
  report: { title: "t", issuer: null, jurisdiction: null, year: null, publishedAt: null },
  agencies: [],
  laws: [],
  programs: [],
  jurisdictions: [],
  uncertain: [],
  ...g,
});

describe("scoring one type against gold", () => {
  it("matches on a mention text after NFKC and removing book marks, quotes and spaces", () => {
    const g = gold({ laws: [{ canonical: "中华人民共和国行政诉讼法", mentions: ["《行政诉讼法》"] }] });
    const s = scoreCategory(extraction(entity("Law", "中华人民共和国 行政诉讼法", ["行政诉讼法"])), g, "laws");
    expect(s).toMatchObject({
      matched: 1,
      predicted: 1,
      goldMatched: 1,
      gold: 1,
      precision: 1,
      recall: 1,
      f1: 1,
      missed: [],
      falsePositives: [],
    });
  });

  it("matches an agency by suffix only when the shorter name still names a place before its core", () => {
    const g = gold({ agencies: [{ canonical: "荆州市沙市区司法局", mentions: ["区司法局"] }] });
    expect(scoreCategory(extraction(entity("Agency", "沙市区司法局", ["沙市区司法局"])), g, "agencies").matched).toBe(
      1,
    );
    const bare = scoreCategory(extraction(entity("Agency", "司法局", ["司法局"])), g, "agencies");
    expect(bare).toMatchObject({
      matched: 0,
      predicted: 1,
      goldMatched: 0,
      falsePositives: ["司法局"],
      missed: ["荆州市沙市区司法局"],
    });
  });

  it("matches programs by containment only from four characters on", () => {
    const g = gold({
      programs: [
        { name: "“双随机、一公开”监管", mentions: ["“双随机、一公开”监管"] },
        { name: "河长制", mentions: ["河长制"] },
      ],
    });
    const s = scoreCategory(
      extraction(entity("Program", "双随机、一公开"), entity("Program", "全面推行河长制湖长制")),
      g,
      "programs",
    );
    // 双随机、一公开 (7 chars) is inside the first; 河长制 has 3 characters, so containment does not count
    expect(s).toMatchObject({
      matched: 1,
      predicted: 2,
      goldMatched: 1,
      gold: 2,
      falsePositives: ["全面推行河长制湖长制"],
      missed: ["河长制"],
    });
  });

  it("neither rewards nor penalizes a prediction that matches only an uncertain item", () => {
    const g = gold({
      programs: [{ name: "河长制", mentions: ["河长制"] }],
      uncertain: [{ category: "programs", text: "“四个意识”", note: "" }],
    });
    const s = scoreCategory(extraction(entity("Program", "四个意识")), g, "programs");
    expect(s).toMatchObject({ matched: 0, predicted: 0, goldMatched: 0, gold: 1, precision: 1, recall: 0, f1: 0 });
  });

  it("does not score predictions without a mention in the text", () => {
    const g = gold({ jurisdictions: [{ canonical: "湖北省荆州市", mentions: ["荆州市"] }] });
    const s = scoreCategory(extraction(entity("Jurisdiction", "湖北省", [])), g, "jurisdictions");
    expect(s).toMatchObject({ predicted: 0, goldMatched: 0, missed: ["湖北省荆州市"] });
  });

  it("counts precision over predictions and recall over gold entities: two predictions of one gold entity", () => {
    const g = gold({
      agencies: [
        { canonical: "中华人民共和国国务院", mentions: ["国务院"] },
        { canonical: "中国共产党中央委员会", mentions: ["党中央"] },
      ],
    });
    const s = scoreCategory(
      extraction(entity("Agency", "国务院"), entity("Agency", "中华人民共和国国务院")),
      g,
      "agencies",
    );
    expect(s).toMatchObject({ matched: 2, predicted: 2, goldMatched: 1, gold: 2, precision: 1, recall: 0.5 });
  });
});

describe("micro-averaging", () => {
  it("pools the counts of all files before computing P, R and F1", () => {
    const a = gold({
      laws: [
        { canonical: "甲法", mentions: [] },
        { canonical: "乙法", mentions: [] },
        { canonical: "丙法", mentions: [] },
      ],
    });
    const b = gold({ laws: [{ canonical: "丁法", mentions: [] }] });
    const sa = scoreReport(extraction(entity("Law", "甲法"), entity("Law", "戊法")), a); // P 1/2, R 1/3
    const sb = scoreReport(extraction(entity("Law", "丁法")), b); // P 1, R 1
    const micro = microAverage([sa, sb]).laws;
    expect(micro).toMatchObject({ matched: 2, predicted: 3, goldMatched: 2, gold: 4 });
    expect(micro.precision).toBeCloseTo(2 / 3, 10);
    expect(micro.recall).toBeCloseTo(0.5, 10);
    expect(micro.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 10);
    // the empty types count as perfect, not as zero
    expect(microAverage([sa, sb]).agencies).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe("reading gold files", () => {
  it("names the file and the first problem in one line", () => {
    expect(() => parseGold("{", "x.gold.json")).toThrow(/^x\.gold\.json: not JSON/);
    expect(() => parseGold('{"report":{},"agencies":[]}', "x.gold.json")).toThrow(
      /^x\.gold\.json: not a gold file: laws: /,
    );
    const noName = '{"report":{},"agencies":[{"mentions":["区委"]}],"laws":[],"programs":[],"jurisdictions":[]}';
    expect(() => parseGold(noName, "x.gold.json")).toThrow(
      "x.gold.json: not a gold file: agencies.0 has neither canonical nor name",
    );
  });
});
