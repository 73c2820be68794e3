import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReport, ingestReports } from "../../src/graph/load/ingest.js";
import { writeStatements } from "../../src/graph/load/write-statements.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedFixture } from "./fixtures/seed-fixture.js";
import { sharedIds, smallReport } from "./fixtures/small-reports.js";
import { orphans, snapshot, type TokenSnapshot } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(() => helper.close());

const batch = (reports: ReturnType<typeof smallReport>[]) =>
  ingestReports(
    helper.driver,
    helper.database,
    reports.map((extracted) => ({ extracted })),
  );
const strip = (s: TokenSnapshot, token: string) => ({ ...s, content: s.content.map((l) => l.replaceAll(token, "T")) });
const statuses = (result: Awaited<ReturnType<typeof batch>>) =>
  result.results.map((r) => (r.ok ? r.outcome.status : r.error.code));

describe("loading several reports in one transaction", () => {
  it("writes exactly the graph that one transaction per report writes", async () => {
    const oneByOne = helper.uniqueToken("batch");
    for (let n = 1; n <= 6; n++) await ingestReport(helper.driver, helper.database, smallReport(oneByOne, n));
    const together = helper.uniqueToken("batch");
    const result = await batch([1, 2, 3, 4, 5, 6].map((n) => smallReport(together, n)));

    expect(statuses(result)).toEqual(["added", "added", "added", "added", "added", "added"]);
    expect(strip(await snapshot(helper, together), together)).toEqual(
      strip(await snapshot(helper, oneByOne), oneByOne),
    );
  });

  it("counts what the batch wrote", async () => {
    const token = helper.uniqueToken("batch");
    const result = await batch([1, 2, 3].map((n) => smallReport(token, n)));
    const shot = await snapshot(helper, token);
    expect(result.counts).toMatchObject({ nodesCreated: shot.nodes, relationshipsCreated: shot.relationships });
  });

  it("fails only the bad report and writes the others", async () => {
    const token = helper.uniqueToken("batch");
    const reports = [1, 2, 3, 4].map((n) => smallReport(token, n));
    // A map is not a valid property value: the database refuses it inside the batch's transaction.
    reports[2]!.relations[0]!.properties = { nested: { not: "allowed" } } as unknown as Record<string, string>;
    const result = await batch(reports);

    expect(statuses(result)).toEqual(["added", "added", "BAD_USER_INPUT", "added"]);
    const reportIds = (
      await helper.run<{ id: string }>("MATCH (r:Report) WHERE r.id CONTAINS $token RETURN r.id AS id ORDER BY id", {
        token,
      })
    ).map((r) => r.id);
    expect(reportIds).toEqual([1, 2, 4].map((n) => `report:small-${n}#${token}`));
    const third = await helper.run("MATCH (n) WHERE n.id ENDS WITH $suffix RETURN n.id", { suffix: `#${token}#3` });
    expect(third).toEqual([]);
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("replaces, adds and skips unchanged reports in one batch, and writes a repeated report id after the others", async () => {
    const token = helper.uniqueToken("batch");
    await batch([smallReport(token, 1), smallReport(token, 2)]);
    const result = await batch([
      smallReport(token, 1, 2),
      smallReport(token, 2),
      smallReport(token, 3),
      smallReport(token, 3, 2),
    ]);

    expect(statuses(result)).toEqual(["replaced", "unchanged", "added", "replaced"]);
    const fresh = helper.uniqueToken("batch");
    await batch([smallReport(fresh, 1, 2), smallReport(fresh, 2), smallReport(fresh, 3, 2)]);
    expect(strip(await snapshot(helper, token), token)).toEqual(strip(await snapshot(helper, fresh), fresh));
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("keeps the union of the aliases the batch's reports use for a shared entity", async () => {
    const token = helper.uniqueToken("batch");
    await batch([smallReport(token, 1), smallReport(token, 2, 2), smallReport(token, 3, 3)]);
    const [row] = await helper.run<{ aliases: string[]; aliasText: string }>(
      "MATCH (n {id: $id}) RETURN n.aliases AS aliases, n.aliasText AS aliasText",
      {
        id: sharedIds(token).government,
      },
    );
    expect(row).toEqual({ aliases: ["省政府", "省政府v2", "省政府v3"], aliasText: "省政府 省政府v2 省政府v3" });
  });
});

describe("the loader's statements", () => {
  // An Eager operator makes Neo4j materialise every row of a statement before writing: on batches of thousands of
  // rows it made loading several times slower (it comes from SET n += map, SET r = map, and reads after writes).
  // Deleting entities left without support reads and deletes in one statement, which needs Eager by nature; it
  // runs only after a replace, on the few entities the old versions supported.
  it("are planned without Eager operators, but for the deletion of unsupported entities", async () => {
    const token = helper.uniqueToken("plan");
    const rows = [reportRows(seedFixture(token)), ...[1, 2].map((n) => reportRows(smallReport(token, n)))];
    const statements = writeStatements(rows, [sharedIds(token).law]).filter((s) => !s.cypher.includes("DETACH DELETE"));
    expect(statements.length).toBeGreaterThan(10);
    const eager: string[] = [];
    for (const statement of statements) {
      const { summary } = await helper.driver.executeQuery(`EXPLAIN ${statement.cypher}`, statement.params, {
        database: helper.database,
      });
      const walk = (plan: { operatorType: string; children: unknown[] }): void => {
        if (plan.operatorType.startsWith("Eager")) eager.push(statement.cypher.split("\n").slice(0, 3).join(" "));
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    }
    expect(eager).toEqual([]);
  });
});
