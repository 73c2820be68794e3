import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/graph/driver.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedFixture } from "./fixtures/seed-fixture.js";
import { sharedIds, smallReport } from "./fixtures/small-reports.js";
import { orphans } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
const drivers: Driver[] = [];
beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  for (let i = 0; i < 8; i++) drivers.push(createDriver(helper.config.neo4j));
});
afterAll(async () => {
  await Promise.all(drivers.map((d) => d.close()));
  await helper.close();
});

const duplicates = (token: string) =>
  helper.run<{ id: string; n: number }>(
    "MATCH (n) WHERE n.id CONTAINS $token WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN id, n",
    { token },
  );

describe("concurrent ingests of overlapping reports", () => {
  it("all succeed from 8 drivers at once without duplicating shared entities", async () => {
    const token = helper.uniqueToken("conc");
    const outcomes = await Promise.all(
      drivers.map((driver, i) => ingestReport(driver, helper.database, smallReport(token, i + 1))),
    );

    expect(outcomes.map((o) => o.status)).toEqual(Array(8).fill("added"));
    expect(await duplicates(token)).toEqual([]);
    const [shared] = await helper.run<{ mentions: number }>(
      "MATCH (:Report)-[m:MENTIONS]->(a:Agency {id: $id}) RETURN count(m) AS mentions",
      { id: sharedIds(token).government },
    );
    expect(shared!.mentions).toBe(8);
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("all succeed when 8 drivers ingest big reports sharing every entity, and when they ingest the same report", async () => {
    const token = helper.uniqueToken("conc");
    const reports = drivers.map((_, i) => {
      const r = seedFixture(token);
      r.report.id = `report:seed-copy-${i}#${token}`;
      return r;
    });
    const outcomes = await Promise.all(drivers.map((driver, i) => ingestReport(driver, helper.database, reports[i]!)));
    expect(outcomes.every((o) => o.status === "added")).toBe(true);
    const same = await Promise.all(
      drivers.map((driver) => ingestReport(driver, helper.database, reports[0]!, { force: true })),
    );
    expect(same.every((o) => o.status === "replaced")).toBe(true);
    expect(await duplicates(token)).toEqual([]);
    const [row] = await helper.run<{ mentions: number; conducts: number }>(
      `MATCH (r:Report {id: $id}) RETURN COUNT { (r)-[:MENTIONS]->() } AS mentions,
       COUNT { ()-[c:CONDUCTS {report: $id}]->() } AS conducts`,
      { id: reports[0]!.report.id },
    );
    expect(row).toEqual({
      mentions: reports[0]!.entities.length,
      conducts: reports[0]!.relations.filter((r) => r.type === "CONDUCTS").length,
    });
  });
});
