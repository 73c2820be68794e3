/**
 * `kg export` as an analyst runs it, on the seed report (under a title of its own) in the real Neo4j: GraphML that
 * passes the schema's rules and loads in graphology with labels and typed values, Gephi's CSV pair, --around over
 * typed relations only, and one line with exit 2 for unknown ids and unwritable paths.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReportAndText } from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { kg } from "../reliability/support/kg-process.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedText } from "./fixtures/seed-fixture.js";
import { graphmlProblems } from "./support/graphml-schema.js";

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("export");
const dir = mkdtempSync(join(tmpdir(), "kg-export-"));
const HEALTH_BUREAU = "agency:荆州市沙市区卫生和计划生育局";
let reportId = "";
/** the report's text, as kg ingest stores it */
let reportText = "";

beforeAll(async () => {
  const text = seedText().replace("法治政府建设工作的报告", `法治政府建设工作的报告（${token}）`);
  const { extracted, text: decoded } = extractReportAndText(text);
  reportText = decoded;
  reportId = (await ingestReport(helper.driver, helper.database, extracted, { text: decoded })).reportId;
}, 120_000);
afterAll(async () => {
  if (reportId) await deleteReport(helper.driver, helper.database, reportId);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

const run = (...args: string[]) => kg(["export", ...args], { timeoutMs: 90_000 });

/** Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") {
      (row.push(cell), rows.push(row), (row = []), (cell = ""), i++);
    } else cell += c;
  }
  return rows;
}

describe("kg export --format graphml", () => {
  it("writes a file that passes the GraphML schema's rules and loads with labels and typed values", async () => {
    const out = join(dir, "report.graphml");
    const result = await run("--format", "graphml", "--report", reportId, "--out", out);
    expect(result.stderr).toMatch(/^export: \d+ node\(s\), \d+ relationship\(s\) to /);
    expect(result.code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(graphmlProblems(text)).toEqual([]);

    const graph = parse(MultiDirectedGraph, text);
    expect(graph.getNodeAttributes(reportId)).toMatchObject({ nodeType: "Report", year: 2016, titleInferred: false });
    const bureau = graph.getNodeAttributes(HEALTH_BUREAU);
    expect(bureau).toMatchObject({ label: "区卫计局", nodeType: "Agency", graphId: HEALTH_BUREAU });
    expect(bureau.reportCount).toBeGreaterThanOrEqual(1);
    expect(typeof bureau.mentionCount).toBe("number");
    const conducts = graph
      .outEdges(HEALTH_BUREAU)
      .map((e) => graph.getEdgeAttributes(e))
      .filter((a) => a.label === "CONDUCTS" && a.report === reportId);
    const raid = conducts.find((a) => String(a.sentence).includes("立案19起"));
    expect(raid).toMatchObject({ sectionKind: "work" });
    expect(Number.isInteger(raid!.start) && Number.isInteger(raid!.end) && raid!.end > raid!.start).toBe(true);
    expect(text).toMatch(/attr.name="start" attr.type="int"/);
    expect(text).toMatch(/attr.name="value" attr.type="double"/);
  });
});

describe("kg export --format csv", () => {
  it("writes nodes.csv and edges.csv with Gephi's columns, one column per property, and a BOM with --bom", async () => {
    const out = join(dir, "csv");
    const result = await run("--format", "csv", "--report", reportId, "--out", out, "--bom");
    expect(result.code).toBe(0);
    const nodesText = readFileSync(join(out, "nodes.csv"), "utf8");
    const edgesText = readFileSync(join(out, "edges.csv"), "utf8");
    expect(nodesText.startsWith("\uFEFF")).toBe(true);
    const [nodeHeader, ...nodes] = csvRows(nodesText.slice(1));
    const [edgeHeader, ...edges] = csvRows(edgesText.slice(1));
    expect(nodeHeader!.slice(0, 3)).toEqual(["Id", "Label", "nodeType"]);
    expect(nodeHeader).toEqual(expect.arrayContaining(["name", "short", "year", "aliases", "mentionCount"]));
    expect(edgeHeader!.slice(0, 4)).toEqual(["Source", "Target", "Type", "Label"]);
    expect(edgeHeader).toEqual(expect.arrayContaining(["report", "sentence", "start", "end", "sectionKind"]));
    expect(nodes.every((r) => r.length === nodeHeader!.length)).toBe(true);
    expect(edges.every((r) => r.length === edgeHeader!.length)).toBe(true);

    const bureau = nodes.find((r) => r[0] === HEALTH_BUREAU)!;
    expect(bureau.slice(1, 3)).toEqual(["区卫计局", "Agency"]);
    const cell = (r: string[], name: string) => r[edgeHeader!.indexOf(name)];
    const raid = edges.find(
      (r) => r[0] === HEALTH_BUREAU && r[3] === "CONDUCTS" && cell(r, "sentence")!.includes("立案19起"),
    )!;
    expect(raid[2]).toBe("Directed");
    expect(cell(raid, "report")).toBe(reportId);
    expect(cell(raid, "sectionKind")).toBe("work");
    expect(cell(raid, "start")).toMatch(/^\d+$/);
  });

  it("asks for a folder when --out is missing (one line, exit 2)", async () => {
    const result = await run("--format", "csv", "--report", reportId);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "error: this format writes nodes.csv and edges.csv: give --out FOLDER",
    ]);
    expect(result.stdout).toBe("");
  });
});

describe("kg export --texts", () => {
  const reportLine = (stdout: string) =>
    stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { labels?: string[]; properties?: Record<string, unknown> })
      .find((item) => item.labels?.includes("Report"))!;

  it("gives the report its text as a property only when asked, and no ReportText node either way", async () => {
    const plain = await run("--report", reportId);
    expect(plain.code, plain.stderr).toBe(0);
    expect(reportLine(plain.stdout).properties).not.toHaveProperty("text");
    expect(plain.stdout).not.toContain("ReportText");

    const withTexts = await run("--report", reportId, "--texts");
    expect(withTexts.code, withTexts.stderr).toBe(0);
    expect(reportLine(withTexts.stdout).properties!.text).toBe(reportText);
    expect(withTexts.stdout).not.toContain('"ReportText"');
  });
});

describe("kg export --around", () => {
  it("follows typed relations only, and MENTIONS too with --include-mentions", async () => {
    const lines = async (...extra: string[]) =>
      (await run("--around", HEALTH_BUREAU, "--depth", "1", ...extra)).stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { kind: string; type?: string; labels?: string[] });
    const typed = await lines();
    expect(typed.some((i) => i.type === "CONDUCTS")).toBe(true);
    expect(typed.some((i) => i.type === "MENTIONS")).toBe(false);
    expect(typed.some((i) => i.labels?.includes("Report"))).toBe(false);
    const withMentions = await lines("--include-mentions");
    expect(withMentions.some((i) => i.type === "MENTIONS")).toBe(true);
    expect(withMentions.some((i) => i.labels?.includes("Report"))).toBe(true);
  });
});

describe("kg export with an id or a path it cannot use", () => {
  it.each([
    ["an unknown --report", ["--report", "report:nope"], "error: no report with id report:nope"],
    ["an unknown --around", ["--around", "agency:nope"], "error: no node with id agency:nope"],
  ])("says so on one line and exits 2 for %s, leaving the --out file as it was", async (_what, args, line) => {
    const out = join(dir, "kept.graphml");
    writeFileSync(out, "an earlier export");
    const result = await run("--format", "graphml", ...args, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([line]);
    expect(readFileSync(out, "utf8")).toBe("an earlier export");
  });

  it.each([
    ["a folder that does not exist", (d: string) => join(d, "missing", "x.graphml"), /ENOENT/],
    ["a folder given as the file", (d: string) => d, /it is a folder/],
    ["a path under a file", (d: string) => join(d, "kept.graphml", "x.graphml"), /ENOTDIR/],
  ])("says so on one line and exits 2 for --out in %s", async (_what, path, why) => {
    writeFileSync(join(dir, "kept.graphml"), "an earlier export");
    const out = path(dir);
    const result = await run("--format", "graphml", "--report", reportId, "--out", out);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error: cannot write --out ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    expect(lines[0]).toMatch(why);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
