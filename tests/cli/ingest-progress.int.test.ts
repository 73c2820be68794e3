/**
 * The bar of `kg ingest` on a terminal moves per file as files are read, not per batch when the batch commits;
 * and what follows the bar starts on a line of its own.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/cli/ingest-run.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { FakeTerminal } from "./support/fake-terminal.js";
import { seedCopy } from "./support/seed-copy.js";

const helper = new Neo4jTestHelper();
const dir = mkdtempSync(join(tmpdir(), "kg-progress-"));
const reportIds: string[] = [];

afterAll(async () => {
  for (const id of reportIds) await deleteReport(helper.driver, helper.database, id);
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
});

/** Every frame the bar drew, as [files read, files done]. */
const frames = (term: FakeTerminal) =>
  term.writes.flatMap((w) => [...w.matchAll(/ (\d+)\/3 read, (\d+) done/g)].map((m) => [Number(m[1]), Number(m[2])]));

describe("the ingest progress bar", () => {
  it("counts three files of one batch as read one by one, then done when the batch is written", async () => {
    for (const name of ["a", "b", "c"]) seedCopy(helper.uniqueToken(`progress_${name}`), dir, `${name}.txt`);
    const term = new FakeTerminal();
    const summary = await ingestPaths([dir], { concurrency: 1, batchSize: 25 }, helper.config, helper.driver, term);
    const rows = await helper.run<{ id: string }>(
      "MATCH (r:Report) WHERE r.sourcePath STARTS WITH $dir RETURN r.id AS id",
      {
        dir,
      },
    );
    reportIds.push(...rows.map((r) => r.id));

    expect(summary).toMatchObject({ added: 3, failed: 0 });
    const drawn = frames(term);
    // all three read while none is done yet (one transaction for the batch), and every frame moves forwards
    expect(drawn).toContainEqual([3, 0]);
    expect(drawn.at(-1)).toEqual([3, 3]);
    drawn.slice(1).forEach(([read, done], i) => {
      expect(read).toBeGreaterThanOrEqual(drawn[i]![0]!);
      expect(done).toBeGreaterThanOrEqual(drawn[i]![1]!);
    });
    expect(term.screen().at(-1)).toBe("");
  });
});
