import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedReport } from "../../src/extract/types.js";
import { GraphError } from "../../src/graph/errors.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { seedFixture } from "./fixtures/seed-fixture.js";
import { orphans, snapshot } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
const token = helper.uniqueToken("ingest");
const seed = seedFixture(token);
beforeAll(async () => {
  await applySchema(helper.driver, helper.database);
  await ingestReport(helper.driver, helper.database, seed);
});
afterAll(() => helper.close());

const ingest = (report: ExtractedReport, options?: { force?: boolean }) =>
  ingestReport(helper.driver, helper.database, report, options);

describe("ingesting the seed report (hand-made extraction)", () => {
  it("links the district health bureau to the crackdown on illegal medical practice with its evidence sentence", async () => {
    const rows = await helper.run<{ sentence: string; report: string; start: number; end: number }>(
      `MATCH (a:Agency {name: '荆州市沙市区卫生和计划生育局'})-[c:CONDUCTS]->(p:Program {name: '打击非法行医行动'})
       WHERE a.id CONTAINS $token RETURN c.sentence AS sentence, c.report AS report, c.start AS start, c.end AS end`,
      { token },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sentence).toContain("立案19起");
    expect(rows[0]!.report).toBe(seed.report.id);
    expect(rows[0]!.end - rows[0]!.start).toBe(rows[0]!.sentence.length);
  });

  it("records the issuer and the jurisdiction of the report", async () => {
    const [row] = await helper.run<{ issuer: string; covers: string; year: number; title: string }>(
      `MATCH (a:Agency)<-[:ISSUED_BY]-(r:Report {id: $id})-[:COVERS]->(j:Jurisdiction)
       RETURN a.name AS issuer, j.name AS covers, r.year AS year, r.name AS title`,
      { id: seed.report.id },
    );
    expect(row).toEqual({
      issuer: "荆州市沙市区人民政府",
      covers: "湖北省荆州市沙市区",
      year: 2016,
      title: "荆州市沙市区人民政府关于2016年法治政府建设工作的报告",
    });
  });

  it("keeps every mention's span on MENTIONS, pointing at the entity's surface form in the text", async () => {
    const [row] = await helper.run<{ count: number; spans: number[] }>(
      "MATCH (:Report {id: $id})-[m:MENTIONS]->(a:Agency {name: '荆州市沙市区卫生和计划生育局'}) RETURN m.count AS count, m.spans AS spans",
      { id: seed.report.id },
    );
    const text = (await import("./fixtures/seed-fixture.js")).seedText();
    expect(row!.count).toBe(2);
    expect(row!.spans).toHaveLength(row!.count * 2);
    expect(text.slice(row!.spans[0], row!.spans[1])).toBe("区卫计局");
  });

  it("makes one node per entity, with :Entity, the caption name and the aliases text the full-text index reads", async () => {
    const rows = await helper.run<{ labels: string[]; aliasText: string }>(
      "MATCH (a:Agency {id: $id}) RETURN labels(a) AS labels, a.aliasText AS aliasText",
      { id: `agency:荆州市沙市区卫生和计划生育局#${token}` },
    );
    expect(rows).toEqual([{ labels: expect.arrayContaining(["Agency", "Entity"]), aliasText: "区卫计局" }]);
  });

  it("turns an entity's parent into PART_OF / WITHIN", async () => {
    const rows = await helper.run<{ type: string }>(
      "MATCH (:Jurisdiction {id: $child})-[w:WITHIN]->(:Jurisdiction {id: $parent}) RETURN type(w) AS type",
      { child: `jurisdiction:湖北省荆州市沙市区#${token}`, parent: `jurisdiction:湖北省荆州市#${token}` },
    );
    expect(rows).toEqual([{ type: "WITHIN" }]);
  });

  it("reports an unchanged report as unchanged and writes nothing", async () => {
    const before = await snapshot(helper, token);
    const outcome = await ingest(seed);
    expect(outcome).toMatchObject({ status: "unchanged", nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    expect(await snapshot(helper, token)).toEqual(before);
  });

  it("leaves node, relationship and property counts identical when the same report is forced in again", async () => {
    const before = await snapshot(helper, token);
    const outcome = await ingest(seed, { force: true });
    expect(outcome.status).toBe("replaced");
    const after = await snapshot(helper, token);
    expect(after).toEqual(before);
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("counts what it wrote", async () => {
    const other = helper.uniqueToken("ingest");
    const outcome = await ingest(seedFixture(other));
    const shot = await snapshot(helper, other);
    expect(outcome).toMatchObject({
      status: "added",
      nodesCreated: shot.nodes,
      relationshipsCreated: shot.relationships,
      entities: shot.nodes - 1,
    });
    expect(outcome.relations).toBe(shot.relationships - outcome.entities - 2);
  });
});

describe("a failing ingest", () => {
  it("leaves nothing of the report behind when its last statement fails", async () => {
    const failing = helper.uniqueToken("fail");
    const report = seedFixture(failing);
    // A map is not a valid property value: the evidence statement (the last one) fails after the others ran.
    const last = report.relations[report.relations.length - 1]!;
    last.properties = { nested: { not: "allowed" } } as unknown as Record<string, string>;
    await expect(ingest(report)).rejects.toMatchObject({ name: "GraphError", code: "BAD_USER_INPUT" });
    expect(await snapshot(helper, failing)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it("refuses a report without an id as bad input, before touching the database", async () => {
    const report = seedFixture(helper.uniqueToken("fail"));
    report.report.id = "";
    const error = await ingest(report).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
