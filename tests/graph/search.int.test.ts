import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { entitySearch, fulltextCanAnswer, luceneQuery } from "../../src/graph/search.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedFixture } from "./fixtures/seed-fixture.js";

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("search");
beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  await ingestReport(helper.driver, helper.database, seedFixture(token));
  await helper.run("CALL db.awaitIndexes(60)");
});
afterAll(() => helper.close());

const search = async (text: string, limit = 50, labels: string[] = []) => {
  const q = entitySearch(text, limit, labels);
  const rows = await helper.run<{ node: { properties: { id: string; name: string } } }>(q.cypher, q.params);
  return rows
    .map((r) => r.node.properties)
    .filter((n) => n.id.includes(token))
    .map((n) => n.name);
};

describe("searching entities by name", () => {
  it("finds an agency by an alias through the cjk full-text index", async () => {
    // eventually consistent: the full-text index may lag the commit by a moment
    await expect.poll(() => search("区卫计局"), { timeout: 10_000 }).toContain("荆州市沙市区卫生和计划生育局");
  });

  it("matches two-character queries inside names", async () => {
    await expect.poll(() => search("非法"), { timeout: 10_000 }).toContain("打击非法行医行动");
  });

  it("matches each word of a query of several words, in any order (only the full-text index can)", async () => {
    await expect.poll(() => search("卫生 沙市区"), { timeout: 10_000 }).toContain("荆州市沙市区卫生和计划生育局");
    const found = await search("卫生 沙市区");
    expect(
      found.every((name) => name.includes("卫生") && name.includes("沙市区")),
      found.join(", "),
    ).toBe(true);
  });

  it("answers one-character queries with the CONTAINS fallback", async () => {
    expect(fulltextCanAnswer("局")).toBe(false);
    expect(await search("局")).toContain("荆州市沙市区财政局");
  });

  it("keeps Lucene syntax in user input literal", async () => {
    expect(luceneQuery('a:b "c')).toBe('"a\\:b" AND "\\"c"');
    // Only the full-text tier can find this part of a name (it neither is nor ends one); parsed as Lucene syntax,
    // its unclosed bracket would fail the query
    await expect
      .poll(() => search("实施纲要(2015-2020"), { timeout: 10_000 })
      .toContain("法治政府建设实施纲要(2015-2020年)");
    // parsed as Lucene syntax, the brackets and dash would fail the query or match names without 纲要
    const found = await search("纲要(2015-2020年)");
    expect(found).toContain("法治政府建设实施纲要(2015-2020年)");
    expect(
      found.every((name) => name.includes("纲要")),
      found.join(", "),
    ).toBe(true);
  });

  it("restricts to the labels asked for", async () => {
    await expect
      .poll(() => search("沙市区", 50, ["Jurisdiction"]), { timeout: 10_000 })
      .toEqual(["湖北省荆州市沙市区"]);
  });
});
