/**
 * Writes that replace reports while other writes replace or remove them (issue 12: a report is never lost, a node
 * means one real thing). Whatever the interleaving, the graph must hold exactly one Report per sourceUrl, with its
 * text, every relationship once, no evidence of a report that is gone and no entity without support.
 *
 * Two versions of one report have ids of their own (as their texts' hashes would), so a write of one under the
 * same sourceUrl replaces the other. Some tests hold another transaction's lock by hand, to make one interleaving
 * certain; the others make many likely, with writers of both versions at once from several drivers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/graph/driver.js";
import { ingestReport, ingestReports } from "../../src/graph/load/ingest.js";
import {
  deleteReportNode,
  deleteReportTexts,
  deleteUnsupportedEntities,
  removeReportEvidence,
  removeReportSupport,
  type Query,
} from "../../src/graph/load/queries.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { smallReport, smallReportText } from "./fixtures/small-reports.js";
import { orphans, snapshot } from "./graph-snapshot.js";

const WRITERS = 8;
const helper = new Neo4jTestHelper();
const drivers: Driver[] = [];
beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  // the API's retry policy: no driver retries, only the loader's own retries of conflicts
  for (let i = 0; i < WRITERS; i++) drivers.push(createDriver(helper.config.neo4j, { retry: "serve" }));
});
afterAll(async () => {
  await Promise.all(drivers.map((d) => d.close()));
  // every node this file writes (reports, texts, entities) carries its test's token in its id
  await helper.close();
});

const sourceUrl = (token: string, n: number) => `https://example.test/${token}/${n}`;
/**
 * Version `version` of report `n`: an id of its own (as a text hash would give), the report's sourceUrl, and a
 * metric id of its own (the extractor's metric ids carry the report id, src/extract/identity/ids.ts).
 */
function version(token: string, n: number, version: 1 | 2) {
  const extracted = smallReport(token, n, version);
  extracted.report.id = `report:small-${n}-v${version}#${token}`;
  extracted.report.sourceUrl = sourceUrl(token, n);
  const own = (id: string) => (id.startsWith("metric:") ? `${id}-v${version}` : id);
  for (const entity of extracted.entities) entity.id = own(entity.id);
  for (const relation of extracted.relations)
    Object.assign(relation, { from: own(relation.from), to: own(relation.to) });
  return { extracted, text: smallReportText(n, version) };
}

/** Writes and collects the failures instead of throwing, so one failure does not hide the state it left. */
async function write(failures: string[], driver: Driver, token: string, n: number, v: 1 | 2): Promise<void> {
  const { extracted, text } = version(token, n, v);
  try {
    await ingestReport(driver, helper.database, extracted, { text });
  } catch (error) {
    failures.push(`report ${n} v${v}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Runs `write` while another transaction holds the lock of (:`label` {id}) and runs `deletion` (a removal as the
 * loader makes it) in the same transaction, which commits once `write` is seen waiting for that lock.
 */
async function whileDeleted<T>(label: string, id: string, deletion: Query[], write: () => Promise<T>): Promise<T> {
  const session = helper.driver.session({ database: helper.database });
  try {
    const tx = await session.beginTransaction();
    await tx.run(`MATCH (n:${label} {id: $id}) SET n.id = $id`, { id });
    for (const q of deletion) await tx.run(q.cypher, q.params);
    const written = write().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    for (let waited = 0; ; waited += 50) {
      const blocked = await helper.run(
        "SHOW TRANSACTIONS YIELD status, currentQuery WHERE status STARTS WITH 'Blocked' RETURN currentQuery",
      );
      if (blocked.length) break;
      if (waited > 20_000) throw new Error(`the write never waited for the lock of ${id}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await tx.commit();
    const outcome = await written;
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  } finally {
    await session.close();
  }
}

/** Everything that breaks "one report per sourceUrl, every relationship once, nothing left behind". */
async function problems(token: string, reports: number[]): Promise<string[]> {
  const urls = reports.map((n) => sourceUrl(token, n));
  const ids = reports.flatMap((n) => [1, 2].map((v) => `report:small-${n}-v${v}#${token}`));
  const found: string[] = [];
  const perUrl = await helper.run<{ url: string; ids: string[] }>(
    `UNWIND $urls AS url
     RETURN url, COLLECT { MATCH (r:Report {sourceUrl: url}) RETURN r.id ORDER BY r.id } AS ids`,
    { urls },
  );
  for (const row of perUrl) if (row.ids.length !== 1) found.push(`${row.url}: ${row.ids.length} reports ${row.ids}`);
  const bare = await helper.run<{ id: string }>(
    "MATCH (r:Report) WHERE r.id IN $ids AND (r.sourceUrl IS NULL OR r.contentHash IS NULL) RETURN r.id AS id",
    { ids },
  );
  for (const row of bare) found.push(`${row.id}: a Report without its sourceUrl or contentHash`);
  const duplicates = await helper.run<{ key: string; copies: number }>(
    `MATCH (a)-[x]->(b) WHERE a.id CONTAINS $token OR b.id CONTAINS $token
     WITH type(x) + ' ' + a.id + ' -> ' + b.id + ' ' + coalesce(x.report, '') + ' ' + coalesce(toString(x.start), '') AS key,
          count(*) AS copies
     WHERE copies > 1 RETURN key, copies ORDER BY key`,
    { token },
  );
  for (const row of duplicates) found.push(`${row.copies} copies of ${row.key}`);
  const texts = await helper.run<{ id: string; text: boolean; report: boolean }>(
    `UNWIND $ids AS id
     WITH id, EXISTS { MATCH (:ReportText {id: id}) } AS text, EXISTS { MATCH (:Report {id: id}) } AS report
     WHERE text <> report RETURN id, text, report`,
    { ids },
  );
  for (const row of texts) found.push(`${row.id}: ${row.text ? "a ReportText without its Report" : "no ReportText"}`);
  const strays = await helper.run<{ report: string; n: number }>(
    `MATCH ()-[x]->() WHERE x.report IN $ids AND NOT EXISTS { MATCH (:Report {id: x.report}) }
     RETURN x.report AS report, count(x) AS n`,
    { ids },
  );
  for (const row of strays) found.push(`${row.n} evidence relationships of ${row.report}, which is not stored`);
  for (const id of await orphans(helper, token)) found.push(`${id}: an entity no report supports`);
  // the report that stands is whole: it mentions exactly its version's entities and has every evidence relationship
  const stored = await helper.run<{ id: string; mentions: string[]; evidence: number }>(
    `MATCH (r:Report) WHERE r.id IN $ids
     RETURN r.id AS id, COLLECT { MATCH (r)-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id } AS mentions,
            COUNT { MATCH (e:Entity)-[x]->() WHERE e.id CONTAINS $token AND x.report = r.id } AS evidence`,
    { ids, token },
  );
  for (const row of stored) {
    const [, n, v] = /^report:small-(\d+)-v(\d)#/.exec(row.id)!;
    const { extracted } = version(token, Number(n), Number(v) as 1 | 2);
    const mentions = [...new Set(extracted.entities.map((e) => e.id))].sort();
    if (row.mentions.join() !== mentions.join()) found.push(`${row.id}: mentions ${row.mentions}, not ${mentions}`);
    const evidence = reportRows(extracted).relationCount;
    if (row.evidence !== evidence) found.push(`${row.id}: ${row.evidence} evidence relationships, not ${evidence}`);
  }
  return found;
}

/** The token's part of the graph with the token blanked, so two tokens' graphs compare. */
const content = async (token: string) =>
  (await snapshot(helper, token)).content.map((line) => line.replaceAll(token, "TOKEN")).sort();

describe("a write that waited for a lock held by a write that deleted the node", () => {
  it("does not take a report another write deleted meanwhile for a new one", async () => {
    const token = helper.uniqueToken("race");
    const { extracted, text } = version(token, 1, 1);
    await ingestReport(helper.driver, helper.database, extracted, { text });
    const id = extracted.report.id;
    // another write removes the stored report (as a replacement by sourceUrl does) while this one waits for it
    const deletion = [
      removeReportSupport([id]),
      removeReportEvidence([id]),
      deleteReportTexts([id]),
      deleteReportNode(id),
    ];
    const outcome = await whileDeleted("Report", id, deletion, () =>
      ingestReport(helper.driver, helper.database, extracted, { text }),
    );
    expect(outcome.status).toBe("added");
    expect(await problems(token, [1])).toEqual([]);
  });

  it("does not write to an entity another write deleted meanwhile", async () => {
    const token = helper.uniqueToken("race");
    const first = version(token, 1, 1);
    await ingestReport(helper.driver, helper.database, first.extracted, { text: first.text });
    const id = first.extracted.report.id;
    const entities = [...new Set(first.extracted.entities.map((e) => e.id))];
    // another write deletes report 1 and the entities it alone supported, among them the ones report 2 shares
    const deletion = [
      removeReportSupport([id]),
      removeReportEvidence([id]),
      deleteReportTexts([id]),
      deleteReportNode(id),
      deleteUnsupportedEntities(entities),
    ];
    const second = version(token, 2, 1);
    await whileDeleted("Entity", first.extracted.report.issuerId!, deletion, () =>
      ingestReport(helper.driver, helper.database, second.extracted, { text: second.text }),
    );
    expect(await problems(token, [2])).toEqual([]);
  });
});

describe("concurrent writes of two versions under one sourceUrl", () => {
  it("leave one report when both versions are written first at the same moment", async () => {
    const token = helper.uniqueToken("race");
    const reports = Array.from({ length: 12 }, (_, n) => n + 1);
    const failures: string[] = [];
    await Promise.all(
      reports.flatMap((n) => [
        write(failures, drivers[(2 * n) % WRITERS]!, token, n, 1),
        write(failures, drivers[(2 * n + 1) % WRITERS]!, token, n, 2),
      ]),
    );
    expect(failures).toEqual([]);
    expect(await problems(token, reports)).toEqual([]);
  });

  it("leave one report when batches holding both versions, in either order, are written at the same moment", async () => {
    const token = helper.uniqueToken("race");
    const reports = Array.from({ length: 6 }, (_, n) => n + 1);
    const batch = (driver: Driver, versions: (1 | 2)[]) =>
      ingestReports(
        driver,
        helper.database,
        reports.flatMap((n) => versions.map((v) => version(token, n, v))),
      );
    const results = await Promise.all(drivers.map((driver, w) => batch(driver, w % 2 ? [2, 1] : [1, 2])));
    const outcomes = results.flatMap((r) => r.results);
    expect(outcomes.filter((r) => !r.ok)).toEqual([]);
    // in each batch, one version of a report is superseded by the other
    expect(outcomes.filter((r) => r.ok && r.outcome.status === "superseded")).toHaveLength(drivers.length * 6);
    expect(await problems(token, reports)).toEqual([]);
  });

  it("leave one complete report per sourceUrl, and after a last round of version 1 a sequential run's graph", async () => {
    const token = helper.uniqueToken("race");
    const reports = [1, 2, 3];
    const rounds = 12;
    const failures: string[] = [];
    // writer w writes every report once a round, in its own order, alternating the versions: neighbouring writers
    // write the two versions of one report at the same time
    await Promise.all(
      drivers.map(async (driver, w) => {
        for (let round = 0; round < rounds; round++)
          for (const k of reports.keys()) {
            const n = reports[(k + w) % reports.length]!;
            await write(failures, driver, token, n, (round + w) % 2 === 0 ? 1 : 2);
          }
      }),
    );
    expect(failures).toEqual([]);
    expect(await problems(token, reports)).toEqual([]);

    await Promise.all(drivers.flatMap((driver) => reports.map((n) => write(failures, driver, token, n, 1))));
    expect(failures).toEqual([]);
    expect(await problems(token, reports)).toEqual([]);

    const sequential = helper.uniqueToken("race");
    for (const n of reports) await write(failures, helper.driver, sequential, n, 1);
    expect(await content(token)).toEqual(await content(sequential));
  }, 120_000);
});
