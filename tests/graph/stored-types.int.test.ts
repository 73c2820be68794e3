/** What the loader stores, as Neo4j Browser and exports read it: whole numbers as integers, a short caption. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractSeed } from "./fixtures/seed-extracted.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper();
const { seed, text } = extractSeed();

beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  // forced, so the seed is written by today's loader even when an older one stored it before
  await ingestReport(helper.driver, helper.database, seed, { force: true, text });
});
afterAll(async () => {
  await helper.close();
});

describe("stored property types", () => {
  it("stores offsets, counts and years as integers, not floats", async () => {
    const rows = await helper.run(
      `MATCH (r:Report {id: $id})-[m:MENTIONS]->()
       WITH r, m LIMIT 1
       MATCH (:Agency)-[c:CONDUCTS {report: $id}]->(:Program)
       RETURN valueType(r.year) AS year, valueType(m.count) AS count, valueType(m.spans) AS spans,
              valueType(c.start) AS start, valueType(c.end) AS end LIMIT 1`,
      { id: seed.report.id },
    );
    expect(rows[0]).toEqual({
      year: "INTEGER NOT NULL",
      count: "INTEGER NOT NULL",
      spans: "LIST<INTEGER NOT NULL> NOT NULL",
      start: "INTEGER NOT NULL",
      end: "INTEGER NOT NULL",
    });
  });

  it("keeps metric values as floats, so one property has one type across nodes", async () => {
    const rows = await helper.run("MATCH (m:Metric {value: 19}) RETURN DISTINCT valueType(m.value) AS type");
    expect(rows).toEqual([{ type: "FLOAT NOT NULL" }]);
  });

  it.each([
    ["agency:荆州市沙市区卫生和计划生育局", "区卫计局"],
    ["agency:荆州市沙市区人民政府", "区政府"],
    ["law:中华人民共和国行政诉讼法", "行政诉讼法"],
    ["jurisdiction:421002", "沙市区"],
  ])("gives %s the short caption %s", async (id, short) => {
    const rows = await helper.run("MATCH (n:Entity {id: $id}) RETURN n.short AS short", { id });
    expect(rows).toEqual([{ short }]);
  });
});
