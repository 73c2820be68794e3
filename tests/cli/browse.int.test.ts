/**
 * The read-only commands over a graph holding a copy of the seed report (its own title, so its own report id):
 * `kg reports`, `kg search TEXT` and `kg show ID`, as a user runs them (node bin/kg.mjs), text and --json.
 * Expected facts come from the seed text (区卫计局 is the district health bureau, which runs 打击非法行医行动,
 * "立案19起"), and counts from the ingest summary and from Cypher of the test's own.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { kg } from "../reliability/support/kg-process.js";
import { seedCopy } from "./support/seed-copy.js";

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("browse");
const { dir, file } = seedCopy(token);
const BUREAU = "agency:荆州市沙市区卫生和计划生育局";
const CAMPAIGN = "program:421002:打击非法行医行动";
let reportId = "";
let ingested = { entities: 0, relations: 0 };

beforeAll(async () => {
  const run = await kg(["ingest", file, "--json"], { timeoutMs: 120_000 });
  ingested = JSON.parse(run.stdout);
  const [row] = await helper.run<{ id: string }>("MATCH (r:Report {sourcePath: $file}) RETURN r.id AS id", { file });
  reportId = row!.id;
}, 150_000);
afterAll(async () => {
  if (reportId) await deleteReport(helper.driver, helper.database, reportId);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

describe("kg reports", () => {
  it("lists the report with its year, issuer, title and what it holds", async () => {
    const run = await kg(["reports", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout).find((r: { id: string }) => r.id === reportId);
    const [agencies] = await helper.run<{ n: number }>(
      "MATCH (:Report {id: $id})-[:MENTIONS]->(a:Agency) RETURN count(a) AS n",
      { id: reportId },
    );
    expect(report).toMatchObject({ year: 2016, issuer: "荆州市沙市区人民政府" });
    expect(report.title).toContain(token);
    expect(report.counts.agencies).toBe(Number(agencies!.n));
    const { relations, ...entities } = report.counts;
    expect(Object.values(entities).reduce((a: number, b) => a + (b as number), 0)).toBe(ingested.entities);
    expect(relations).toBe(ingested.relations);
  });

  it("prints a table with a header and one line per report", async () => {
    const run = await kg(["reports"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^id\s+year\s+issuer\s+agencies\s+laws\s+programs\s+places\s+figures\s+relations\s+title$/,
    );
    const line = lines.find((l) => l.startsWith(reportId))!;
    expect(line).toMatch(new RegExp(`^${reportId}\\s+2016\\s+荆州市沙市区人民政府\\s+(\\d+\\s+){6}\\S*${token}`));
    expect(lines.at(-1)).toMatch(/^\d+ report\(s\)$/);
  });
});

describe("kg search", () => {
  it("finds the district health bureau by the short name the report uses", async () => {
    const run = await kg(["search", "卫计局", "--json"]);
    expect(run.code).toBe(0);
    const hits = JSON.parse(run.stdout);
    expect(hits[0]).toMatchObject({ id: BUREAU, label: "Agency", name: "荆州市沙市区卫生和计划生育局" });
    expect(hits[0].aliases).toContain("区卫计局");
    expect(hits[0].reports).toBeGreaterThanOrEqual(1);
  });

  it("prints one line per hit, at most --limit of them, restricted by --type", async () => {
    const run = await kg(["search", "沙市区", "--type", "Agency", "--limit", "3"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^type\s+name\s+reports\s+id\s+aliases$/);
    expect(lines.slice(1)).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line).toMatch(/^Agency\s+\S+\s+\d+\s+agency:/);
  });

  it("says when nothing matches, and refuses an unknown --type in one line with exit 2", async () => {
    expect((await kg(["search", `无此名称${token}`])).stdout).toBe(`nothing matches "无此名称${token}"\n`);
    const bad = await kg(["search", "沙市区", "--type", "Person"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --type takes Agency, Law, Program, Jurisdiction, Metric; got "Person"\n');
  });
});

describe("kg show", () => {
  it("shows an agency with the program it runs and the sentence that says so", async () => {
    const run = await kg(["show", BUREAU]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["Agency  荆州市沙市区卫生和计划生育局", `  id: ${BUREAU}`]);
    const conducts = lines.findIndex((l) => /^conducts: \d+ — programs and campaigns it runs$/.test(l));
    expect(conducts).toBeGreaterThan(0);
    const block = lines.slice(conducts + 1, lines.indexOf("", conducts));
    expect(block).toContain(`  打击非法行医行动  (${CAMPAIGN})`);
    expect(block.some((l) => l.startsWith("    “区卫计局继续开展打击非法行医行动") && l.includes(reportId))).toBe(true);
    const mentioned = lines.findIndex((l) => /^mentioned in \d+ report\(s\)$/.test(l));
    expect(lines.slice(mentioned + 1).some((l) => l.includes(`(${reportId})  ×`))).toBe(true);
  });

  it("gives a program's figures and their evidence as JSON", async () => {
    const view = JSON.parse((await kg(["show", CAMPAIGN, "--json", "--limit", "100"])).stdout);
    expect(view).toMatchObject({ id: CAMPAIGN, label: "Program", name: "打击非法行医行动" });
    const figure = view.relations.metrics.items.find(
      (m: { properties: { report?: string; label?: string } }) =>
        m.properties.report === reportId && m.properties.label === "立案",
    );
    expect(figure.properties).toMatchObject({ value: 19, unit: "起" });
    expect(figure.evidence.some((e: { sentence: string }) => e.sentence.includes("立案19起"))).toBe(true);
    expect(view.relations.conductedBy.items.map((a: { id: string }) => a.id)).toContain(BUREAU);
    expect(view.mentions.items.map((r: { id: string }) => r.id)).toContain(reportId);
  });

  it("shows a report with its issuer and the entities it names", async () => {
    const view = JSON.parse((await kg(["show", reportId, "--json"])).stdout);
    expect(view.label).toBe("Report");
    expect(view.relations.issuer.items.map((a: { id: string }) => a.id)).toEqual(["agency:荆州市沙市区人民政府"]);
    expect(view.mentions.total).toBe(ingested.entities);
  });

  it("answers an unknown id with one line and exit 2", async () => {
    const run = await kg(["show", `agency:${token}`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`error: no entity or report with id "agency:${token}" (kg search NAME finds ids)\n`);
  });
});
