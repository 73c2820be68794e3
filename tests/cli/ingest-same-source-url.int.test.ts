/**
 * `kg ingest` of several files that a --meta file gives one sourceUrl: the later file (in the order kg ingest takes
 * them, sorted) replaces the earlier, as two runs one after the other would, whether both are in one batch, in two
 * batches written at once, or the later is stored unchanged from an earlier run. The summary counts the earlier as
 * superseded and its notes name both reports: the later file's line the one it replaced, the earlier's the one
 * that replaced it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestPaths, type IngestFlags } from "../../src/cli/ingest-run.js";
import { summaryLines, type IngestSummary } from "../../src/cli/ingest-summary.js";
import { extractReport } from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedCopy } from "./support/seed-copy.js";

// ingestReports (what the ingest loop writes a batch with), held back for a batch holding the file `slow.path`:
// a batch that is slow to commit, for the other batch written at the same time to overtake it
const slow = vi.hoisted(() => ({ path: "", ms: 0 }));
vi.mock("../../src/graph/load/ingest.js", async (original) => {
  const actual = await original<typeof import("../../src/graph/load/ingest.js")>();
  return {
    ...actual,
    ingestReports: async (...args: Parameters<typeof actual.ingestReports>) => {
      if (args[2].some((item) => item.sourcePath === slow.path)) await new Promise((r) => setTimeout(r, slow.ms));
      return actual.ingestReports(...args);
    },
  };
});

const helper = new Neo4jTestHelper();
const root = mkdtempSync(join(tmpdir(), "kg-same-url-"));
/** reports this file wrote (the real extractor's ids carry no token): deleted at the end */
const written = new Set<string>();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(async () => {
  for (const id of written) await deleteReport(helper.driver, helper.database, id);
  rmSync(root, { recursive: true, force: true });
  await helper.close();
});

/** A line stream that is not a terminal: kg ingest writes one line per file to it. */
const lines = () => {
  const out: string[] = [];
  return { out, stream: { write: (chunk: string) => out.push(...chunk.split("\n").filter(Boolean)) } };
};

/**
 * Files a.txt and b.txt (copies of the seed, each with a token of its own, so two texts) in a folder of their own,
 * and a --meta file giving both one sourceUrl.
 */
function twoFilesOneUrl() {
  const token = helper.uniqueToken("sameurl");
  const dir = mkdtempSync(join(root, `${token}-`));
  const url = `https://example.test/${token}`;
  const files = ["a", "b"].map((name) => seedCopy(`${token}-${name}`, dir, `${name}.txt`).file);
  const meta = join(dir, "meta.csv");
  writeFileSync(meta, `path,sourceUrl\na.txt,${url}\nb.txt,${url}\n`);
  const [a, b] = files.map((file) => {
    const id = extractReport(readFileSync(file, "utf8"), { sourceUrl: url }).report.id;
    written.add(id);
    return { file, id };
  });
  return { dir, url, meta, a: a!, b: b! };
}

const underUrl = async (url: string) =>
  helper.run<{ id: string; file: string }>(
    "MATCH (r:Report {sourceUrl: $url}) RETURN r.id AS id, r.sourcePath AS file ORDER BY id",
    { url },
  );
const notesOf = (summary: IngestSummary, file: string) => summary.notes.find((n) => n.file === file)?.notes ?? [];
const ingest = (paths: string[], flags: IngestFlags, stream = lines().stream) =>
  ingestPaths(paths, flags, helper.config, helper.driver, stream);

describe("kg ingest of two files with one sourceUrl", () => {
  it("in one batch, stores the later file's report; the summary counts the earlier as superseded and names both", async () => {
    const { dir, url, meta, a, b } = twoFilesOneUrl();
    const { out, stream } = lines();

    const summary = await ingest([dir], { concurrency: 2, batchSize: 25, meta }, stream);

    expect(await underUrl(url)).toEqual([{ id: b.id, file: b.file }]);
    expect(summary).toMatchObject({ files: 2, added: 0, unchanged: 0, replaced: 1, superseded: 1, failed: 0 });
    expect(notesOf(summary, a.file)).toContain(`replaced by ${b.id}, a later file with the same sourceUrl`);
    expect(notesOf(summary, b.file)).toContain(`replaced ${a.id}`);
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${a.file}: superseded ${a.id} .*; replaced by ${b.id}, a later file`)),
        expect.stringMatching(new RegExp(`${b.file}: replaced ${b.id} .*; replaced ${a.id}`)),
      ]),
    );
    expect(summaryLines(summary, false)[0]).toMatch(
      /^reports: 0 added, 0 unchanged, 1 replaced, 1 superseded, 0 failed/,
    );
  });

  it("stores the later file's report when it is stored unchanged from an earlier run and the earlier file is new", async () => {
    const { dir, url, meta, b } = twoFilesOneUrl();
    expect(await ingest([b.file], { concurrency: 1, batchSize: 25, meta })).toMatchObject({ added: 1 });

    const summary = await ingest([dir], { concurrency: 2, batchSize: 25, meta });

    expect(await underUrl(url)).toEqual([{ id: b.id, file: b.file }]);
    expect(summary).toMatchObject({ replaced: 1, superseded: 1, failed: 0 });
  });

  it("in two batches written at once, stores the later file's report even when the earlier file's batch commits last", async () => {
    const { dir, url, meta, a, b } = twoFilesOneUrl();
    Object.assign(slow, { path: a.file, ms: 1500 });
    try {
      const summary = await ingest([dir], { concurrency: 2, batchSize: 1, meta });

      expect(await underUrl(url)).toEqual([{ id: b.id, file: b.file }]);
      expect(summary).toMatchObject({ added: 1, replaced: 1, failed: 0 });
      expect(notesOf(summary, b.file)).toContain(`replaced ${a.id}`);
    } finally {
      Object.assign(slow, { path: "", ms: 0 });
    }
  });
});
