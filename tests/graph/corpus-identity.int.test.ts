/**
 * The corpus-level identity check: the 80 shared corpus reports (52 national 1954-2025, 28 provincial 2026),
 * ingested as they are and again with their title lines dropped, are 80 Report nodes each time, with the years
 * their file names give; then `kg audit`'s findings on that graph are printed for the reader of the log. That no
 * Law or Program id is a bare kind word or shared by two jurisdictions without being national is checked over the
 * same 80 texts in tests/extract/scoping-corpus.test.ts (node ids are what the loader merges on).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { auditGraph } from "../../src/graph/audit/audit.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReports } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { auditLines } from "../../src/cli/commands/audit.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { corpusFiles, dropTitleLines, type CorpusFile } from "../extract/support/corpus-files.js";

const helper = new Neo4jTestHelper();
const files = corpusFiles();
const written = new Set<string>();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(async () => {
  for (const id of written) await deleteReport(helper.driver, helper.database, id);
  await helper.close();
}, 600_000);

async function ingestAll(texts: { file: CorpusFile; text: string }[]) {
  const ids: string[] = [];
  for (let i = 0; i < texts.length; i += 20) {
    const items = texts.slice(i, i + 20).map(({ text }) => ({ extracted: extractReport(text) }));
    // noted before writing: a failed batch or assertion still leaves afterAll every report to delete, so no corpus
    // report outlives this file in the database the other test files share
    for (const item of items) written.add(item.extracted.report.id);
    const { results } = await ingestReports(helper.driver, helper.database, items);
    results.forEach((r, k) => {
      expect(r.ok ? "ok" : `${r.error.code}: ${r.error.message}`, texts[i + k]!.file.name).toBe("ok");
      ids.push(items[k]!.extracted.report.id);
    });
  }
  return ids;
}

const stored = async (ids: string[]) =>
  helper.run<{ id: string; year: number | null }>(
    "MATCH (r:Report) WHERE r.id IN $ids RETURN r.id AS id, r.year AS year",
    { ids },
  );

describe("the 80 corpus reports", () => {
  let asPublished: string[] = [];
  it("as they are: 80 Reports, each with its year", async () => {
    asPublished = await ingestAll(files.map((file) => ({ file, text: file.text })));
    const rows = await stored(asPublished);
    expect(rows).toHaveLength(80);
    const years = new Map(rows.map((r) => [r.id, r.year]));
    expect(asPublished.map((id) => years.get(id))).toEqual(files.map((f) => f.year));
  }, 600_000);

  it("with their title lines dropped: 80 more Reports (none replaces another), years as the text gives them", async () => {
    const dropped = await ingestAll(files.map((file) => ({ file, text: dropTitleLines(file) })));
    const rows = await stored([...asPublished, ...dropped]);
    expect(rows).toHaveLength(160);
    const years = new Map(rows.map((r) => [r.id, r.year]));
    // the 1964 copy (a news summary) does not say its year: null, not a guess (tests/extract/report-metadata.test.ts)
    expect(dropped.map((id) => years.get(id))).toEqual(
      files.map((f) => (f.name === "国务院-1964-政府工作报告.txt" ? null : f.year)),
    );
  }, 600_000);

  it("kg audit runs on that graph and lists what it finds", async () => {
    const audit = await auditGraph(helper.driver, helper.database);
    const ours = audit.reports.filter((r) => written.has(r.id));
    expect(ours).toHaveLength(160);
    // printed for the reader of the test log: today's duplicates, generic and shared nodes
    console.log(auditLines({ ...audit, reports: ours }, 15).join("\n"));
    expect(audit.generic.every((g) => g.id.startsWith("law:") || g.id.startsWith("program:"))).toBe(true);
  }, 300_000);
});
