/**
 * An ingest process killed with SIGKILL in the middle of a run (the OOM killer, a pulled plug): nothing is
 * half-written, and a rerun leaves the graph identical to a clean run: the same reports, relationships and
 * entities, compared as counts and a checksum of what those reports contributed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { kg, spawnKg } from "./support/kg-process.js";
import {
  contribution,
  deleteReports,
  expectedOfFile,
  incompleteReports,
  storedReports,
  writeSmallReports,
  type Contribution,
  type ExpectedReport,
} from "./support/reports.js";

const REPORTS = 40;
/** reports in the graph when the process is killed */
const KILL_AFTER = 8;

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("sigkill");
const dir = mkdtempSync(join(tmpdir(), "kg-sigkill-"));
let expected: ExpectedReport[] = [];
let clean: (Contribution & { lines: string[] }) | undefined;

const ids = () => expected.map((e) => e.id);
const loaded = async () => (await storedReports(helper, ids())).size;

beforeAll(async () => {
  expected = writeSmallReports(dir, REPORTS, 7302, token).map(expectedOfFile);
  await applySchema(helper.driver, helper.database);
});

afterAll(async () => {
  await deleteReports(helper, ids());
  rmSync(dir, { recursive: true, force: true });
  await helper.close();
}, 60_000);

describe("an ingest killed with SIGKILL", () => {
  it("is measured against a clean run first", async () => {
    const run = await kg(["ingest", dir, "--json"], { timeoutMs: 80_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: REPORTS, failed: 0 });
    clean = await contribution(helper, ids());
    expect(clean.reports).toBe(REPORTS);
    await deleteReports(helper, ids());
    expect(await loaded()).toBe(0);
  }, 90_000);

  it("leaves every report either complete or absent", async () => {
    // Small batches (2 reports per transaction), so the process is killed between commits of one run.
    const running = spawnKg(["ingest", dir, "--json", "--batch-size", "2"], { timeoutMs: 80_000 });
    const deadline = Date.now() + 60_000;
    while ((await loaded()) < KILL_AFTER && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    running.child.kill("SIGKILL");
    const run = await running.done;

    expect(run.signal).toBe("SIGKILL");
    const present = await loaded();
    expect(present).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(present, "the run finished before it could be killed; nothing was tested").toBeLessThan(REPORTS);
    expect(await incompleteReports(helper, expected)).toEqual([]);
  }, 90_000);

  it("is completed by a rerun into exactly the graph of a clean run", async () => {
    const run = await kg(["ingest", dir, "--json"], { timeoutMs: 80_000 });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ failed: 0, replaced: 0 });
    expect(summary.added).toBeGreaterThan(0);

    const after = await contribution(helper, ids());
    const { lines: _l, ...counts } = after;
    const { lines: _c, ...cleanCounts } = clean!;
    const missing = clean!.lines.filter((l) => !after.lines.includes(l)).slice(0, 5);
    const extra = after.lines.filter((l) => !clean!.lines.includes(l)).slice(0, 5);
    expect(counts, JSON.stringify({ missing, extra })).toEqual(cleanCounts);
    expect(await incompleteReports(helper, expected)).toEqual([]);
  }, 90_000);
});
