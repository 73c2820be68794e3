/**
 * Re-ingesting a folder tells the reports already stored as they are from their text alone: it extracts and writes
 * none of them, while a file whose text changed, or whose stored report an older extractor made, is still
 * extracted and written.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ingestPaths, type IngestFlags } from "../../src/cli/ingest-run.js";
import * as extract from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { FakeTerminal } from "./support/fake-terminal.js";
import { seedCopy } from "./support/seed-copy.js";

// extractReportAndText (what the ingest loop extracts with), counted: the loop imports the module lazily, which gets
// this mock too
const extractions = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/extract/index.js", async (original) => {
  const actual = await original<typeof import("../../src/extract/index.js")>();
  return {
    ...actual,
    extractReportAndText: (...args: Parameters<typeof actual.extractReportAndText>) => {
      extractions.count++;
      return actual.extractReportAndText(...args);
    },
  };
});

const helper = new Neo4jTestHelper();
const dir = mkdtempSync(join(tmpdir(), "kg-unchanged-"));
const flags: IngestFlags = { concurrency: 2, batchSize: 2 };
const ingest = () => ingestPaths([dir], flags, helper.config, helper.driver, new FakeTerminal());
const storedIds = async () =>
  (
    await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.sourcePath STARTS WITH $dir RETURN r.id AS id", {
      dir,
    })
  ).map((r) => r.id);
const extractedFiles = () => extractions.count;

beforeAll(async () => {
  for (const name of ["a", "b", "c"]) seedCopy(helper.uniqueToken(`unchanged_${name}`), dir, `${name}.txt`);
  expect(await ingest()).toMatchObject({ added: 3, failed: 0 });
});

beforeEach(() => {
  extractions.count = 0;
});

afterAll(async () => {
  for (const id of await storedIds()) await deleteReport(helper.driver, helper.database, id);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

describe("a second ingest of the same folder", () => {
  it("extracts and writes nothing, and counts every report as unchanged", async () => {
    const summary = await ingest();

    expect(summary).toMatchObject({ files: 3, added: 0, unchanged: 3, replaced: 0, failed: 0 });
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, entities: 0, relations: 0 });
    expect(extractedFiles()).toBe(0);
  });

  it("still extracts and adds a file whose text changed, and only that one", async () => {
    seedCopy(helper.uniqueToken("unchanged_b_edited"), dir, "b.txt");

    const summary = await ingest();

    expect(summary).toMatchObject({ added: 1, unchanged: 2, replaced: 0, failed: 0 });
    expect(summary.nodesCreated).toBeGreaterThan(0);
    expect(extractedFiles()).toBe(1);
  });

  it("re-extracts a report stored by another extractor version", async () => {
    const file = join(dir, "a.txt");
    await helper.run("MATCH (r:Report {sourcePath: $file}) SET r.extractorVersion = '0.0.0-older'", { file });

    const summary = await ingest();

    expect(summary).toMatchObject({ added: 0, unchanged: 2, replaced: 1, failed: 0 });
    expect(extractedFiles()).toBe(1);
    const [stored] = await helper.run<{ version: string }>(
      "MATCH (r:Report {sourcePath: $file}) RETURN r.extractorVersion AS version",
      { file },
    );
    expect(stored?.version).toBe(extract.EXTRACTOR_VERSION);
  });

  it("extracts a file whose caller metadata changed (a --title of its own)", async () => {
    const file = join(dir, "c.txt");
    const summary = await ingestPaths(
      [file],
      { ...flags, single: { meta: { title: "另一个标题" }, replaces: [] } },
      helper.config,
      helper.driver,
      new FakeTerminal(),
    );

    expect(summary).toMatchObject({ added: 0, unchanged: 0, replaced: 1, failed: 0 });
    expect(extractedFiles()).toBe(1);
  });

  it("extracts again every file with --force", async () => {
    const summary = await ingestPaths(
      [dir],
      { ...flags, force: true },
      helper.config,
      helper.driver,
      new FakeTerminal(),
    );

    expect(summary).toMatchObject({ added: 0, unchanged: 0, replaced: 3, failed: 0 });
    expect(extractedFiles()).toBe(3);
  });
});
