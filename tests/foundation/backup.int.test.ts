import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";
import { backup, restore } from "../../src/local-neo4j/backup.js";
import { LocalNeo4jError } from "../../src/local-neo4j/errors.js";
import { start, status, stop } from "../../src/local-neo4j/server.js";
import { graphLines } from "../support/graph-checksum.js";
import { ownNeo4jEnv } from "../support/own-neo4j.js";

// A Neo4j of this test's own (own folder, own ports): backups stop and start the server, which must not touch the
// database the other tests use.
const dir = mkdtempSync(path.join(os.tmpdir(), "kg-backup-"));
let cfg: ReturnType<typeof loadConfig>["neo4j"];

async function cypher(query: string): Promise<Record<string, unknown>[]> {
  const driver = createDriver(cfg);
  try {
    const { records } = await driver.executeQuery(query, {}, { database: cfg.database });
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

/** Every node and relationship with every property and its type (tests/support/graph-checksum.ts). */
async function checksum(): Promise<string> {
  const driver = createDriver(cfg);
  try {
    return (await graphLines(driver, cfg.database)).join("\n");
  } finally {
    await driver.close();
  }
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalNeo4jError);
  expect((error as LocalNeo4jError).code).toBe(code);
}

beforeAll(async () => {
  cfg = loadConfig(await ownNeo4jEnv(dir)).neo4j;
  await start(cfg);
  await cypher(
    "CREATE (:Agency:Entity {id: 'agency:甲', name: '甲', aliases: ['甲局']})-[:CONDUCTS {report: 'report:1', start: 3}]->(:Program:Entity {id: 'program:乙', name: '乙'})",
  );
}, 300_000);

afterAll(() => stop(cfg), 120_000);

describe("kg backup and kg restore on the local Neo4j", () => {
  it("restores exactly the graph that was backed up, and starts the server again", async () => {
    const before = await checksum();
    const file = path.join(dir, "graph.dump");
    await backup(cfg, file);
    expect((await status(cfg)).running).toBe(true);
    await cypher("MATCH (p:Program) DETACH DELETE p CREATE (:Law:Entity {id: 'law:丙', name: '丙'})");
    expect(await checksum()).not.toBe(before);
    await restore(cfg, file);
    expect((await status(cfg)).running).toBe(true);
    expect(await checksum()).toBe(before);
  }, 600_000);

  it("leaves the previous store in place when the file is not a dump", async () => {
    const before = await checksum();
    const junk = path.join(dir, "junk.dump");
    writeFileSync(junk, "this is not a neo4j dump\n".repeat(100));
    await expectCode(restore(cfg, junk), "RESTORE_FAILED");
    expect((await status(cfg)).running).toBe(true);
    expect(await checksum()).toBe(before);
  }, 600_000);

  it("refuses a missing file and a folder that does not exist with one coded error, touching nothing", async () => {
    await expectCode(restore(cfg, path.join(dir, "no-such.dump")), "BACKUP_NOT_FOUND");
    await expectCode(backup(cfg, path.join(dir, "no-such-folder", "x.dump")), "BAD_PATH");
  });

  it("refuses a Neo4j the project did not start", async () => {
    const remote = loadConfig({ NEO4J_URI: "neo4j+s://example.databases.neo4j.io" }).neo4j;
    await expectCode(backup(remote, path.join(dir, "x.dump")), "NOT_LOCAL");
  });
});
