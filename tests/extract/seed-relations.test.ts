import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import type { ExtractedRelation } from "../../src/extract/types.js";

const seedText = readFileSync(new URL("../../seeds/000_183ecd7d30420280.txt", import.meta.url));
const result = extractReport(seedText);
const DISTRICT_GOV = "agency:荆州市沙市区人民政府";
const HEALTH_BUREAU = "agency:荆州市沙市区卫生和计划生育局";
const HR_BUREAU = "agency:荆州市沙市区人力资源和社会保障局";
const NRCMS_OFFICE = "agency:荆州市沙市区新型农村合作医疗办公室";
const CRACKDOWN = "program:421002:打击非法行医行动";

const find = (type: string, from: string, to: string) =>
  result.relations.filter((r: ExtractedRelation) => r.type === type && r.from === from && r.to === to);

describe("relations of the seed report, checked by reading it", () => {
  it("has the district health bureau conduct the crackdown on illegal medical practice", () => {
    const [rel] = find("CONDUCTS", HEALTH_BUREAU, CRACKDOWN);
    expect(rel.evidence.sentence).toContain("区卫计局继续开展打击非法行医行动");
  });

  it("ties the crackdown's figures to it: 300多家 inspected, 立案19起", () => {
    const measures = result.relations.filter((r) => r.type === "MEASURES" && r.to === CRACKDOWN).map((r) => r.from);
    const metrics = result.entities.filter((e) => measures.includes(e.id));
    expect(metrics).toContainEqual(
      expect.objectContaining({ value: 19, unit: "起", label: expect.stringContaining("立案") }),
    );
    expect(metrics).toContainEqual(expect.objectContaining({ value: 300, unit: "家", qualifier: "多" }));
  });

  it("transfers the rural cooperative medical scheme duty from the health bureau to the human-resources bureau", () => {
    const [rel] = find("TRANSFERRED_DUTY", HEALTH_BUREAU, HR_BUREAU);
    expect(rel.properties?.duty).toBe("新型农村合作医疗行政管理职责");
  });

  it("has the district government abolish the rural cooperative medical scheme office (from actor to abolished body)", () => {
    const [rel] = find("ABOLISHED", DISTRICT_GOV, NRCMS_OFFICE);
    expect(rel.evidence.sentence).toContain("撤销区新型农村合作医疗办公室");
    expect(result.relations.filter((r) => r.type === "ABOLISHED")).toHaveLength(1);
  });

  it("has the district government implement the 2015-2020 outline for building a law-based government", () => {
    expect(find("IMPLEMENTS", DISTRICT_GOV, "law:法治政府建设实施纲要(2015-2020年)")).not.toHaveLength(0);
  });

  it("records the Party Central Committee and the State Council as issuers of that outline", () => {
    expect(find("ISSUED", "agency:中国共产党中央委员会", "law:法治政府建设实施纲要(2015-2020年)")).not.toHaveLength(0);
    expect(find("ISSUED", "agency:中华人民共和国国务院", "law:法治政府建设实施纲要(2015-2020年)")).not.toHaveLength(0);
  });

  it("records the district government office as issuer of the notice named after it", () => {
    expect(
      find(
        "ISSUED",
        "agency:荆州市沙市区人民政府办公室",
        "law:沙市区人民政府办公室关于分解落实法治政府建设工作任务的通知",
      ),
    ).toHaveLength(1);
  });

  it("keeps money figures as value plus unit: 追回农民工工资336.93万元", () => {
    expect(result.entities).toContainEqual(expect.objectContaining({ type: "Metric", value: 336.93, unit: "万元" }));
    expect(result.entities).toContainEqual(expect.objectContaining({ type: "Metric", value: 99.2, unit: "%" }));
    expect(result.entities).toContainEqual(
      expect.objectContaining({ type: "Metric", value: 8000, unit: "人次", qualifier: "余" }),
    );
  });

  it("places 沙市区 within 荆州市 within 湖北省", () => {
    expect(find("WITHIN", "jurisdiction:421002", "jurisdiction:421000")).toHaveLength(1);
    expect(find("WITHIN", "jurisdiction:421000", "jurisdiction:420000")).toHaveLength(1);
  });

  it("reads the report header: issuer, jurisdiction, year, day.month.year date, source line", () => {
    expect(result.report).toMatchObject({
      title: "荆州市沙市区人民政府关于2016年法治政府建设工作的报告",
      issuer: "荆州市沙市区人民政府",
      jurisdiction: "湖北省荆州市沙市区",
      jurisdictionId: "jurisdiction:421002",
      year: 2016,
      publishedAt: "2017-03-06",
      source: "荆州沙市区政府法制办供稿",
    });
  });

  it("ends the body at the source credit, so the unrelated headlines after it yield nothing", () => {
    const text = seedText.toString("utf8");
    expect(text.slice(0, result.report.bodyEnd).endsWith("(荆州沙市区政府法制办供稿)")).toBe(true);
    const after = result.entities.flatMap((e) => e.mentions).filter((m) => m.start >= result.report.bodyEnd);
    expect(after).toEqual([]);
    expect(result.entities.find((e) => e.name.includes("档案"))).toBeUndefined();
  });

  it("classes the problems section as problems and records it on mentions inside it", () => {
    const problems = result.sections.find((s) => s.heading.startsWith("二、存在的主要问题"));
    expect(problems?.kind).toBe("problem");
    const law = result.entities.find((e) => e.id === "law:法治政府建设实施纲要(2015-2020年)");
    expect(law?.mentions.map((m) => m.section)).toContain(problems?.id);
  });
});
