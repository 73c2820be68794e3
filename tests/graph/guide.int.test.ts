import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { loadSeed } from "./fixtures/seed-extracted.js";
import { guideQueries } from "./guide-queries.js";

const helper = new Neo4jTestHelper();
let unload: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ unload } = await loadSeed(helper));
  await helper.run("CALL db.awaitIndexes(60)");
});
afterAll(async () => {
  await unload();
  await helper.close();
});

describe("the Neo4j Browser guide", () => {
  it("has the queries an analyst runs first", () => {
    expect(guideQueries().length).toBeGreaterThanOrEqual(4);
  });

  it.each(guideQueries().map((q) => [q.title, q.cypher] as const))(
    "answers '%s' on the seed report",
    async (_title, cypher) => {
      // the full-text index is eventually consistent: give it a moment after the ingest
      await expect.poll(async () => (await helper.run(cypher)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    },
  );

  it.each(guideQueries().map((q) => [q.title, q.cypher] as const))(
    "runs '%s' without a Cartesian-product warning in Browser",
    async (_title, cypher) => {
      const { summary } = await helper.driver.executeQuery(cypher, {}, { database: helper.database });
      expect(summary.notifications.map((n) => n.code)).not.toContain(
        "Neo.ClientNotification.Statement.CartesianProduct",
      );
    },
  );
});
