/**
 * Report identity in the graph: a report is never lost to another. Different texts are different reports (a
 * look-alike is kept and named), the same text in another layout is unchanged, and a stored report is replaced
 * only when asked (same sourceUrl, `replaces`, `--reextract`), also on a graph made with the old ids.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import type { ExtractedReport } from "../../src/extract/types.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { ingestPaths } from "../../src/cli/ingest-run.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedText } from "./fixtures/seed-fixture.js";

const helper = new Neo4jTestHelper();
const dir = mkdtempSync(join(tmpdir(), "kg-identity-"));
const written = new Set<string>();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(async () => {
  for (const id of written) await deleteReport(helper.driver, helper.database, id);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

/** The seed with a token in one sentence: a text no other test ingests. */
const variant = (token: string, n: number) => seedText().replace("调解成功率99.2%", `调解成功率99.2%（${token}-${n}）`);
const ingest = async (extracted: ExtractedReport, options: Parameters<typeof ingestReport>[3] = {}) => {
  written.add(extracted.report.id);
  return ingestReport(helper.driver, helper.database, extracted, options);
};
const reportIds = async (ids: string[]) =>
  (await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.id IN $ids RETURN r.id AS id ORDER BY id", { ids })).map(
    (r) => r.id,
  );

describe("two texts of one issuer, year and type", () => {
  it("are two reports; the second names the first as a look-alike and how to supersede it", async () => {
    const token = helper.uniqueToken("ident");
    const a = extractReport(variant(token, 1));
    const b = extractReport(variant(token, 2));
    expect(b.report.id).not.toBe(a.report.id);
    expect((await ingest(a)).status).toBe("added");
    const second = await ingest(b);
    expect(second.status).toBe("added");
    expect(second.supersededIds).toEqual([]);
    expect(second.lookAlikes.map((l) => l.id)).toContain(a.report.id);
    expect(await reportIds([a.report.id, b.report.id])).toEqual([a.report.id, b.report.id].sort());
  });

  it("the same text with other line breaks and spaces is unchanged", async () => {
    const token = helper.uniqueToken("ident");
    const text = variant(token, 1);
    const first = extractReport(text);
    await ingest(first);
    const again = await ingest(extractReport(`\ufeff${text.replace(/\n/g, "\r\n\r\n　　")}`));
    expect(again).toMatchObject({ reportId: first.report.id, status: "unchanged", nodesCreated: 0 });
  });
});

describe("replacing a stored report", () => {
  it("happens with the same sourceUrl: the old version is gone, the new one stored", async () => {
    const token = helper.uniqueToken("ident");
    const url = `http://example.org/${token}`;
    const a = extractReport(variant(token, 1), { sourceUrl: url });
    const b = extractReport(variant(token, 2), { sourceUrl: url });
    await ingest(a);
    const outcome = await ingest(b);
    expect(outcome).toMatchObject({ status: "replaced", supersededIds: [a.report.id] });
    expect(await reportIds([a.report.id, b.report.id])).toEqual([b.report.id]);
    const [row] = await helper.run<{ url: string }>("MATCH (r:Report {id: $id}) RETURN r.sourceUrl AS url", {
      id: b.report.id,
    });
    expect(row!.url).toBe(url);
  });

  it("happens with replaces: [id], and fails without writing when that id is not stored", async () => {
    const token = helper.uniqueToken("ident");
    const a = extractReport(variant(token, 1));
    const b = extractReport(variant(token, 2));
    await ingest(a);
    await expect(ingest(b, { replaces: [`report:${token}`] })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await reportIds([b.report.id])).toEqual([]);
    const outcome = await ingest(b, { replaces: [a.report.id] });
    expect(outcome).toMatchObject({ status: "replaced", supersededIds: [a.report.id] });
    expect(outcome.lookAlikes.map((l) => l.id)).not.toContain(a.report.id);
    expect(await reportIds([a.report.id, b.report.id])).toEqual([b.report.id]);
  });
});

describe("kg ingest --reextract on a graph made with the old report ids", () => {
  it("keeps every report: each stored one is replaced by its re-extraction, none is dropped", async () => {
    const token = helper.uniqueToken("ident");
    const files = [1, 2, 3].map((n) => join(dir, `${token}-${n}.txt`));
    files.forEach((file, i) => writeFileSync(file, variant(token, i + 1)));
    // Old rows as extractor 0.1.2 wrote them: id = sha1(issuer|title|year) (with a token, so the two reports of one
    // issuer, title and year get two ids, as two old reports that had not yet overwritten each other), sourceUrl =
    // the file path.
    const oldIds: string[] = [];
    for (const [i, file] of files.entries()) {
      const extracted = extractReport(variant(token, i + 1));
      const r = extracted.report;
      const oldId = `report:${createHash("sha1").update([r.issuer, r.title, r.year, token, i].join("|")).digest("hex").slice(0, 16)}`;
      const old: ExtractedReport = {
        ...extracted,
        report: {
          ...r,
          id: oldId,
          extractorVersion: "0.1.2",
          sourceUrl: file,
          reportType: undefined,
          titleInferred: undefined,
          yearFrom: undefined,
        },
        relations: extracted.relations.map((rel) => ({ ...rel })),
      };
      await ingest(old, { sourcePath: file });
      oldIds.push(oldId);
      written.add(oldId);
    }
    // the third file is gone: its report cannot be re-read and must stay
    rmSync(files[2]!);

    const summary = await ingestPaths(
      [],
      { reextract: true, concurrency: 1, batchSize: 25 },
      helper.config,
      helper.driver,
    );
    const newIds = files.slice(0, 2).map((_, i) => extractReport(variant(token, i + 1)).report.id);
    newIds.forEach((id) => written.add(id));

    expect(await reportIds([...oldIds, ...newIds])).toEqual([...newIds, oldIds[2]!].sort());
    expect(summary.failures.map((f) => f.file)).toContain(files[2]);
    const rows = await helper.run<{ id: string; url: string | null; version: string }>(
      "MATCH (r:Report) WHERE r.id IN $ids RETURN r.id AS id, r.sourceUrl AS url, r.extractorVersion AS version",
      { ids: newIds },
    );
    expect(rows.every((r) => r.url === null && r.version !== "0.1.2")).toBe(true);
  });
});
