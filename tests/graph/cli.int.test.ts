import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedText } from "./fixtures/seed-fixture.js";

const run = promisify(execFile);
const KG = new URL("../../bin/kg.mjs", import.meta.url).pathname;

async function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", [KG, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("cli");
const dir = mkdtempSync(join(tmpdir(), "kg-cli-"));
const reportFile = join(dir, "nested", "report.txt");
const emptyFile = join(dir, "empty.txt");
let reportId = "";

beforeAll(() => {
  mkdirSync(join(dir, "nested"));
  // The seed with a title of its own, so this test's report never collides with the real seed.
  writeFileSync(reportFile, seedText().replace("法治政府建设工作的报告", `法治政府建设工作的报告（${token}）`));
  writeFileSync(emptyFile, "");
  writeFileSync(join(dir, "nested", "scan.pdf"), "%PDF-1.4");
});
afterAll(async () => {
  if (reportId) await deleteReport(helper.driver, helper.database, reportId);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

describe("kg ingest", () => {
  it("ingests a folder, names each failed file on one line and exits 2 when all failures are bad input", async () => {
    const result = await kg("ingest", dir, join(dir, "missing.txt"), "--json");
    const summary = JSON.parse(result.stdout);
    reportId =
      (
        await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.title CONTAINS $token RETURN r.id AS id", { token })
      )[0]?.id ?? "";

    expect(result.code).toBe(2);
    expect(summary).toMatchObject({ added: 1, unchanged: 0, replaced: 0, failed: 2 });
    expect(summary.entities).toBeGreaterThan(50);
    expect(result.stderr).toContain(`${emptyFile}: EMPTY_INPUT: `);
    expect(result.stderr).toContain(`${join(dir, "missing.txt")}: FILE_NOT_FOUND: `);
    expect(reportId).toMatch(/^report:/);
  });

  it("stores the file's path on the report so it can be re-extracted", async () => {
    const [row] = await helper.run("MATCH (r:Report {id: $id}) RETURN r.sourcePath AS sourcePath", { id: reportId });
    expect(row).toEqual({ sourcePath: reportFile });
  });

  it("finds files by glob, and reports an unchanged file as unchanged with exit code 0", async () => {
    const result = await kg("ingest", `${dir}/**/rep*.t?t`, "--dry-run");
    expect(result.stdout).toContain("extracted 1 of 1 file(s) (dry run, nothing written)");
    const again = await kg("ingest", reportFile);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 added, 1 unchanged, 0 replaced, 0 failed");
  });
});

describe("kg stats, export and delete-report", () => {
  it("counts nodes per label and relationships per type", async () => {
    const stats = JSON.parse((await kg("stats", "--json")).stdout);
    expect(stats.labels.Report).toBeGreaterThanOrEqual(1);
    expect(stats.relationships.CONDUCTS).toBeGreaterThanOrEqual(1);
  });

  it("exports one report's nodes and evidence as JSON lines", async () => {
    const out = join(dir, "report.jsonl");
    expect((await kg("export", "--format", "jsonl", "--report", reportId, "--out", out)).code).toBe(0);
    const items = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(items.filter((i) => i.kind === "node" && i.labels.includes("Report"))).toHaveLength(1);
    const conducts = items.find((i) => i.type === "CONDUCTS" && i.from === "agency:荆州市沙市区卫生和计划生育局");
    expect(conducts.properties.sentence).toContain("立案19起");
  });

  it("exports as GraphML to stdout (tests/graph/export.int.test.ts checks GraphML and CSV in detail)", async () => {
    const result = await kg("export", "--format", "graphml", "--report", reportId);
    expect(result.stdout).toMatch(/^<\?xml[\s\S]*<node id="report:[\s\S]*<edge source=[\s\S]*<\/graphml>\n$/);
  });

  it("exports the neighbourhood of a node", async () => {
    const result = await kg("export", "--around", "program:421002:打击非法行医行动", "--depth", "1");
    const items = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(items.some((i) => i.id === "agency:荆州市沙市区卫生和计划生育局")).toBe(true);
    expect(items.some((i) => i.type === "CONDUCTS")).toBe(true);
  });

  it("deletes a report, then says there is no such report", async () => {
    const first = await kg("delete-report", reportId);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^deleted report report:\S+: \d+ node\(s\), \d+ relationship\(s\)/);
    const second = await kg("delete-report", reportId);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`no report with id ${reportId}`);
    reportId = "";
  });
});
