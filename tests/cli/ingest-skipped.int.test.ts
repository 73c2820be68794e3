/**
 * `kg ingest` names every file it did not ingest and why, and says so with a non-zero exit when nothing went in
 * (a folder of PDFs and Word files used to end in "reports: 0 added … (0 file(s))" and exit 0).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { kg } from "../reliability/support/kg-process.js";
import { seedCopy } from "./support/seed-copy.js";

const helper = new Neo4jTestHelper();
const root = mkdtempSync(join(tmpdir(), "kg-skipped-"));
const reportIds: string[] = [];

afterAll(async () => {
  for (const id of reportIds) await deleteReport(helper.driver, helper.database, id);
  rmSync(root, { recursive: true, force: true });
  await helper.close();
});

/** stdout lines from "not ingested (N file(s)):" to the end */
const tail = (stdout: string) => stdout.slice(stdout.indexOf("not ingested")).trimEnd().split("\n");

describe("kg ingest on files it cannot ingest", () => {
  it("lists each file of a folder of PDFs and Word files as an unsupported type and exits 2", async () => {
    const dir = join(root, "office");
    mkdirSync(dir);
    writeFileSync(join(dir, "report.pdf"), "%PDF-1.4\n");
    writeFileSync(join(dir, "report.docx"), "PK\u0003\u0004");
    const run = await kg(["ingest", dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("0 failed, 2 skipped");
    expect(tail(run.stdout)).toEqual([
      "not ingested (2 file(s)):",
      `  ${join(dir, "report.docx")}: unsupported type .docx (kg reads .txt .html .htm .md)`,
      `  ${join(dir, "report.pdf")}: unsupported type .pdf (kg reads .txt .html .htm .md)`,
      "nothing ingested: none of the 2 file(s) went in (the list above says why)",
    ]);
  });

  it("says the same in a dry run", async () => {
    const run = await kg(["ingest", join(root, "office"), "--dry-run"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^extracted 0 of 0 file\(s\) \(dry run, nothing written\), failed 0, 2 skipped\n/);
    expect(run.stdout).toContain("nothing ingested: none of the 2 file(s) went in");
  });

  it("ingests the report of a mixed folder and names the empty, too large and binary files beside it", async () => {
    const token = helper.uniqueToken("skipped");
    const dir = join(root, "mixed");
    mkdirSync(dir);
    const { file } = seedCopy(token, dir);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "huge.txt"), "很".repeat(400_000)); // 1.2 MB, over MAX_REPORT_MB=1
    writeFileSync(join(dir, "scan.txt"), "%PDF-1.4\n%\u00e2\u00e3\n");
    writeFileSync(join(dir, "notes.odt"), "PK");
    const run = await kg(["ingest", dir, "--json"], { env: { MAX_REPORT_MB: "1" } });
    const summary = JSON.parse(run.stdout);
    const [row] = await helper.run<{ id: string }>("MATCH (r:Report {sourcePath: $file}) RETURN r.id AS id", { file });
    if (row) reportIds.push(row.id);

    // three failures of bad input: exit 2 although the report went in
    expect(run.code).toBe(2);
    expect(summary).toMatchObject({ added: 1, failed: 3 });
    expect(row?.id).toMatch(/^report:/);
    expect(summary.skipped).toEqual([
      { file: join(dir, "notes.odt"), reason: expect.stringMatching(/^unsupported type \.odt/) },
    ]);
    const text = await kg(["ingest", dir, "--dry-run"], { env: { MAX_REPORT_MB: "1" } });
    expect(tail(text.stdout)).toEqual([
      "not ingested (4 file(s)):",
      `  ${join(dir, "empty.txt")}: empty`,
      `  ${join(dir, "huge.txt")}: too large: input is 1.1 MB; the limit is 1.0 MB (set MAX_REPORT_MB)`,
      `  ${join(dir, "scan.txt")}: input is a PDF document, not a text report`,
      `  ${join(dir, "notes.odt")}: unsupported type .odt (kg reads .txt .html .htm .md)`,
    ]);
  });

  it("names an empty folder and a pattern that matches nothing", async () => {
    mkdirSync(join(root, "void"));
    const run = await kg(["ingest", join(root, "void"), `${root}/nowhere/*.txt`, "--dry-run"]);
    expect(run.code).toBe(2);
    expect(tail(run.stdout)).toEqual([
      "not ingested (2 file(s)):",
      `  ${join(root, "void")}: the folder holds no files`,
      `  ${root}/nowhere/*.txt: no files match this pattern`,
      "nothing ingested: none of the 2 file(s) went in (the list above says why)",
    ]);
  });
});
