/**
 * Every examples/*.graphql runs against the ingested seed (2016) and a report of another year (南昌县, 2021) and
 * returns what it is there to show.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ensureSecondYear, ensureSeed, SEED_FILE, startApi, TEST_KEYS, type TestApi } from "./support/api.js";

const EXAMPLES = new URL("../../examples/", import.meta.url);
const helper = new Neo4jTestHelper();
let api: TestApi;
let secondYear: string;

beforeAll(async () => {
  await ensureSeed(helper.driver, helper.database);
  secondYear = await ensureSecondYear(helper.driver, helper.database);
  api = await startApi();
});
afterAll(async () => {
  if (secondYear) await deleteReport(helper.driver, helper.database, secondYear);
  await api?.close();
  await helper.close();
});

/**
 * What each example's answer must contain (as JSON text), with the variables or headers it needs. The database is
 * shared with other test files (which may add reports of their own), so counts are not pinned here;
 * seed-facts.int.test.ts pins the seed's own facts.
 */
const expectations: Record<string, { contains: string[]; key?: boolean }> = {
  "agencies-by-laws-implemented": {
    contains: ['"edges":[{"sortValue":7,"node":{"name":"荆州市沙市区人民政府"', "中华人民共和国行政复议法"],
  },
  "agency-programs": { contains: ["打击非法行医行动", '"value":19', "立案19起"] },
  "law-implementers": { contains: ["荆州市沙市区人民政府", "认真贯彻行政诉讼法"] },
  "duty-transfers": { contains: ["荆州市沙市区人力资源和社会保障局", "划入区人社局"] },
  search: { contains: ["荆州市沙市区卫生和计划生育局"] },
  path: {
    contains: [
      '"__typename":"Law"',
      "法治政府建设实施纲要(2015-2020年)",
      '"type":"IMPLEMENTS"',
      '"throughReports":{"length":2,"edges":[{"type":"MENTIONS"},{"type":"MENTIONS"}]}',
    ],
  },
  neighborhood: { contains: ["打击非法行医行动", '"type":"CONDUCTS"'] },
  timeline: {
    contains: ['{"year":2016,"count":', '{"year":2021,"count":', '"target":"law:法治政府建设实施纲要(2021-2025年)"'],
  },
  "top-laws": { contains: ['{"law":{"name":"中华人民共和国行政诉讼法","kind":"LAW"},"implementations":'] },
  "co-mentioned": {
    contains: ['"sharedReports":', '{"title":"荆州市沙市区人民政府关于2016年法治政府建设工作的报告"}'],
  },
  "agencies-in-jurisdiction": { contains: ["荆州市沙市区卫生和计划生育局"] },
  "agency-by-name": { contains: ['"id":"agency:荆州市沙市区卫生和计划生育局"', "打击非法行医行动"] },
  "law-by-name": { contains: ['"id":"law:中华人民共和国行政诉讼法"', "荆州市沙市区人民政府"] },
  "program-by-name": { contains: ['"id":"program:421002:打击非法行医行动"', '"value":19'] },
  "report-excerpt": {
    contains: [
      "打击非法行医行动",
      '"context":{"before":"',
      '"opening":"荆州市沙市区人民政府关于2016年法治政府建设工作的报告',
    ],
  },
  reports: { contains: ["荆州市沙市区人民政府关于2016年法治政府建设工作的报告", "中华人民共和国行政诉讼法"] },
  "jurisdiction-tree": { contains: ["湖北省荆州市沙市区", "湖北省"] },
  "statements-by-year": {
    contains: [
      '"since2017":{"totalCount":1,"edges":[{"node":{"name":"法治政府建设实施纲要(2021-2025年)"}',
      '"year":2021',
      '"inProblemSections":{"edges":[{"node":{"name":"法治政府建设实施纲要(2015-2020年)"},"evidence":[{"report":{"year":2016},"sectionKind":"PROBLEM"',
    ],
  },
  stats: { contains: ['"label":"Agency"', '"type":"CONDUCTS"'] },
  nodes: { contains: ['"__typename":"Law"', "湖北省荆州市沙市区"] },
  "ingest-report": {
    contains: ['"status":"UNCHANGED"', "荆州市沙市区人民政府关于2016年法治政府建设工作的报告"],
    key: true,
  },
};

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".graphql"))
  .sort();

/** examples/NAME.variables.json, the variables GraphiQL's tab for the example starts with */
function variablesOf(name: string): Record<string, unknown> {
  const file = new URL(`${name}.variables.json`, EXAMPLES);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
}

describe("examples/*.graphql", () => {
  it("has an expectation for every example file", () => {
    expect(files.map((f) => f.replace(/\.graphql$/, ""))).toEqual(Object.keys(expectations).sort());
  });

  it("ingest-report's variables are the seed report's text, so the example changes nothing", () => {
    expect(variablesOf("ingest-report")).toEqual({ text: readFileSync(SEED_FILE, "utf8") });
  });

  it.each(files)("%s answers with seed data, with its own variables", async (file) => {
    const name = file.replace(/\.graphql$/, "");
    const spec = expectations[name]!;
    const headers: Record<string, string> = spec.key ? { authorization: `Bearer ${TEST_KEYS[0]}` } : {};
    const r = await api.gql(readFileSync(new URL(file, EXAMPLES), "utf8"), variablesOf(name), headers);
    expect(r.errors).toBeUndefined();
    const text = JSON.stringify(r.data);
    for (const fragment of spec.contains) expect(text).toContain(fragment);
  });
});
