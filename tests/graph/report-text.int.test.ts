/**
 * The report's text, stored as (:ReportText {id, text}) beside its Report: the text every evidence offset indexes,
 * written, replaced and deleted with the report, and written for a report stored before texts were.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/cli/ingest-run.js";
import { extractReport, extractReportAndText } from "../../src/extract/index.js";
import type { ExtractedReport } from "../../src/extract/types.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { reportsToReextract } from "../../src/graph/load/stored-reports.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedFixture, seedText } from "./fixtures/seed-fixture.js";
import { smallReport, smallReportText } from "./fixtures/small-reports.js";

const helper = new Neo4jTestHelper();
const dir = mkdtempSync(join(tmpdir(), "kg-text-"));
/** reports of the real extractor this file wrote (their ids carry no token): deleted at the end */
const written = new Set<string>();
// kg ingest --reextract (below) re-extracts the fixture reports of this file that are stored with their texts, with
// the real extractor: they come back under their texts' ids, which are deleted at the end too
for (const [n, version] of [
  [1, 1],
  [1, 2],
  [2, 1],
])
  written.add(extractReport(smallReportText(n!, version)).report.id);
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(async () => {
  for (const id of written) await deleteReport(helper.driver, helper.database, id);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

/** A file of the seed with a token in one sentence: a text, and so a report id, no other test ingests. */
function seedVariant(token: string): { file: string; text: string; id: string } {
  const text = seedText().replace("调解成功率99.2%", `调解成功率99.2%（${token}）`);
  const file = join(dir, `${token}.txt`);
  writeFileSync(file, text);
  const id = extractReport(text).report.id;
  written.add(id);
  return { file, text, id };
}

const ingest = (report: ExtractedReport, options: Parameters<typeof ingestReport>[3] = {}) =>
  ingestReport(helper.driver, helper.database, report, options);
const storedText = async (id: string) =>
  (await helper.run<{ text: string }>("MATCH (t:ReportText {id: $id}) RETURN t.text AS text", { id })).map(
    (r) => r.text,
  );

describe("storing a report's text", () => {
  it("stores the text every evidence offset indexes: its slice at each evidence's start and end is the sentence", async () => {
    const report = seedFixture(helper.uniqueToken("text"));
    await ingest(report, { text: seedText() });
    expect(await storedText(report.report.id)).toEqual([seedText()]);
    const evidence = await helper.run<{ sentence: string; start: number; end: number; text: string }>(
      `MATCH ()-[x]->() WHERE x.report = $id MATCH (t:ReportText {id: $id})
       RETURN x.sentence AS sentence, x.start AS start, x.end AS end, t.text AS text`,
      { id: report.report.id },
    );
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) expect(e.text.slice(e.start, e.end)).toBe(e.sentence);
  });

  it("keeps the text off the Report node, which stays small for lists and Neo4j Browser", async () => {
    const report = seedFixture(helper.uniqueToken("text"));
    await ingest(report, { text: seedText() });
    const [row] = await helper.run<{ keys: string[]; linked: number }>(
      "MATCH (r:Report {id: $id}) RETURN keys(r) AS keys, COUNT { (r)--(:ReportText) } AS linked",
      { id: report.report.id },
    );
    expect(row!.keys).not.toContain("text");
    expect(row!.linked).toBe(0);
  });

  it("stores no text when the caller has none, and writes nothing else differently", async () => {
    const report = smallReport(helper.uniqueToken("text"), 1);
    const outcome = await ingest(report);
    expect(outcome.status).toBe("added");
    expect(await storedText(report.report.id)).toEqual([]);
  });
});

describe("replacing and deleting a report", () => {
  it("replaces the text when a changed version of the report comes", async () => {
    const token = helper.uniqueToken("text");
    await ingest(smallReport(token, 1), { text: smallReportText(1) });
    const outcome = await ingest(smallReport(token, 1, 2), { text: smallReportText(1, 2) });
    expect(outcome.status).toBe("replaced");
    expect(await storedText(`report:small-1#${token}`)).toEqual([smallReportText(1, 2)]);
  });

  it("removes the text of a replaced version the new one does not carry (its offsets may not fit)", async () => {
    const token = helper.uniqueToken("text");
    await ingest(smallReport(token, 1), { text: smallReportText(1) });
    await ingest(smallReport(token, 1, 2), { force: true });
    expect(await storedText(`report:small-1#${token}`)).toEqual([]);
  });

  it("removes the text of a report superseded by one of another id", async () => {
    const token = helper.uniqueToken("text");
    await ingest(smallReport(token, 1), { text: smallReportText(1) });
    const outcome = await ingest(smallReport(token, 2), {
      text: smallReportText(2),
      replaces: [`report:small-1#${token}`],
    });
    expect(outcome.supersededIds).toEqual([`report:small-1#${token}`]);
    expect(await storedText(`report:small-1#${token}`)).toEqual([]);
    expect(await storedText(`report:small-2#${token}`)).toEqual([smallReportText(2)]);
  });

  it("deletes the text with its report", async () => {
    const token = helper.uniqueToken("text");
    await ingest(smallReport(token, 1), { text: smallReportText(1) });
    const result = await deleteReport(helper.driver, helper.database, `report:small-1#${token}`);
    expect(result.deleted).toBe(true);
    expect(await storedText(`report:small-1#${token}`)).toEqual([]);
  });
});

describe("a report stored before texts were", () => {
  it("is one kg ingest --reextract redoes", async () => {
    const report = smallReport(helper.uniqueToken("text"), 1);
    await ingest(report);
    const redo = async () => (await reportsToReextract(helper.driver, helper.database, "fixture-1")).map((r) => r.id);
    expect(await redo()).toContain(report.report.id);
    await ingest(report, { text: smallReportText(1) });
    expect(await redo()).not.toContain(report.report.id);
  });

  it("is written again with its text by kg ingest of its file: not one the unchanged check skips", async () => {
    const { file, text, id } = seedVariant(helper.uniqueToken("text"));
    await ingest(extractReport(text), { sourcePath: file });
    const summary = await ingestPaths([file], { concurrency: 1, batchSize: 25 }, helper.config, helper.driver);
    expect(summary).toMatchObject({ replaced: 1, unchanged: 0 });
    expect(await storedText(id)).toEqual([text]);
  });

  it("is written again with its text when it comes with one, in another layout too: the offsets fit the text stored", async () => {
    const { text, id } = seedVariant(helper.uniqueToken("text"));
    await ingest(extractReport(text));
    // the same report (same id) with other line breaks: every offset after the first line differs
    const relaid = text.replace(/\n/g, "\r\n");
    const { extracted, text: decoded } = extractReportAndText(relaid);
    expect(extracted.report.id).toBe(id);
    const outcome = await ingest(extracted, { text: decoded });
    expect(outcome.status).toBe("replaced");
    expect(await storedText(id)).toEqual([relaid]);
    const evidence = await helper.run<{ sentence: string; start: number; end: number }>(
      "MATCH ()-[x]->() WHERE x.report = $id RETURN x.sentence AS sentence, x.start AS start, x.end AS end",
      { id },
    );
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) expect(relaid.slice(e.start, e.end)).toBe(e.sentence);
  });
});

describe("kg ingest --reextract of a report an older extractor made", () => {
  it.each([
    ["ingested through the API (no file)", undefined],
    ["whose file is gone", "/nonexistent/gone.txt"],
  ])("re-extracts a report %s from its stored text", async (_what, sourcePath) => {
    const { text, id } = seedVariant(helper.uniqueToken("text"));
    const old = extractReport(text);
    await ingest({ ...old, report: { ...old.report, extractorVersion: "0.0.1" } }, { text, sourcePath });
    const summary = await ingestPaths(
      [],
      { reextract: true, concurrency: 1, batchSize: 25 },
      helper.config,
      helper.driver,
    );
    expect(summary.failures.filter((f) => f.file.includes(id))).toEqual([]);
    const [row] = await helper.run<{ version: string; sourcePath: string | null }>(
      "MATCH (r:Report {id: $id}) RETURN r.extractorVersion AS version, r.sourcePath AS sourcePath",
      { id },
    );
    expect(row).toEqual({ version: old.report.extractorVersion, sourcePath: null });
    expect(await storedText(id)).toEqual([text]);
  });
});

describe("kg ingest", () => {
  it("stores the text of each file it loads", async () => {
    const { file, text, id } = seedVariant(helper.uniqueToken("text"));
    const summary = await ingestPaths([file], { concurrency: 1, batchSize: 25 }, helper.config, helper.driver);
    expect(summary.failures).toEqual([]);
    expect(await storedText(id)).toEqual([text]);
  });

  it("with --reextract, fills in the text of a report stored without it from the file it came from", async () => {
    const { file, text, id } = seedVariant(helper.uniqueToken("text"));
    await ingest(extractReport(text), { sourcePath: file });
    expect(await storedText(id)).toEqual([]);
    await ingestPaths([], { reextract: true, concurrency: 1, batchSize: 25 }, helper.config, helper.driver);
    expect(await storedText(id)).toEqual([text]);
  });
});
