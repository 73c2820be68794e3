/**
 * `kg start` on a new local database ingests while Neo4j is still starting: the files are read and extracted
 * before the database is ready and written once it is; when the database never comes, nothing is written and the
 * ingest fails with the reason.
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
const dirs: string[] = [];

const folderOfThree = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `kg-before-db-${name}-`));
  dirs.push(dir);
  for (const file of ["a", "b", "c"]) seedCopy(helper.uniqueToken(`before_db_${name}_${file}`), dir, `${file}.txt`);
  return dir;
};
const storedFrom = async (dir: string) =>
  (
    await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.sourcePath STARTS WITH $dir RETURN r.id AS id", {
      dir,
    })
  ).map((r) => r.id);

/** Resolves once the bar has drawn every file of three as read. */
const allRead = (term: FakeTerminal) =>
  new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (term.writes.some((w) => / 3\/3 read, 0 done/.test(w))) resolve(void clearInterval(check));
    }, 20);
  });

afterAll(async () => {
  for (const dir of dirs) {
    for (const id of await storedFrom(dir)) await deleteReport(helper.driver, helper.database, id);
    rmSync(dir, { recursive: true, force: true });
  }
  await helper.close();
});

describe("an ingest whose database is not ready yet", () => {
  it("reads and extracts every file first, then writes them all once the database is ready", async () => {
    const dir = folderOfThree("ready");
    const term = new FakeTerminal();
    let open!: () => void;
    const databaseReady = new Promise<void>((resolve) => (open = resolve));

    const ingest = ingestPaths(
      [dir],
      { concurrency: 1, batchSize: 25, databaseReady },
      helper.config,
      helper.driver,
      term,
    );
    await allRead(term);
    expect(await storedFrom(dir)).toEqual([]);
    open();

    expect(await ingest).toMatchObject({ added: 3, unchanged: 0, failed: 0 });
    expect(await storedFrom(dir)).toHaveLength(3);
  });

  it("writes nothing and fails with the database's error when it never becomes ready", async () => {
    const dir = folderOfThree("never");
    const databaseReady = Promise.reject(new Error("Neo4j did not answer on Bolt within 180s"));

    await expect(
      ingestPaths(
        [dir],
        { concurrency: 2, batchSize: 2, databaseReady },
        helper.config,
        helper.driver,
        new FakeTerminal(),
      ),
    ).rejects.toThrow(/did not answer on Bolt/);
    expect(await storedFrom(dir)).toEqual([]);
  });
});
