import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedReport } from "../../src/extract/types.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { loadSeed } from "./fixtures/seed-extracted.js";
import { reportSnapshot } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
let seed: ExtractedReport;
let unload: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ seed, unload } = await loadSeed(helper));
});
afterAll(async () => {
  await unload();
  await helper.close();
});

describe("the seed report through the extractor", () => {
  it("has the district health bureau conduct the crackdown on illegal medical practice, citing 立案19起", async () => {
    const rows = await helper.run<{ sentence: string }>(
      `MATCH (:Agency {name: '荆州市沙市区卫生和计划生育局'})-[c:CONDUCTS {report: $report}]->(:Program {name: '打击非法行医行动'})
       RETURN c.sentence AS sentence`,
      { report: seed.report.id },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sentence).toContain("立案19起");
  });

  it("has the bureau's duty transferred to the human resources bureau", async () => {
    const rows = await helper.run<{ sentence: string }>(
      `MATCH (:Agency {name: '荆州市沙市区卫生和计划生育局'})-[t:TRANSFERRED_DUTY {report: $report}]->(:Agency {name: '荆州市沙市区人力资源和社会保障局'})
       RETURN t.sentence AS sentence`,
      { report: seed.report.id },
    );
    expect(rows.map((r) => r.sentence)).toEqual([expect.stringContaining("划入区人社局")]);
  });

  it("stores the metric 立案 19起 measuring the crackdown", async () => {
    const rows = await helper.run<{ value: number; unit: string }>(
      `MATCH (m:Metric {report: $report})-[:MEASURES]->(:Program {name: '打击非法行医行动'}) WHERE m.label = '立案'
       RETURN m.value AS value, m.unit AS unit`,
      { report: seed.report.id },
    );
    expect(rows).toEqual([{ value: 19, unit: "起" }]);
  });

  it("records the issuer, jurisdiction, year and date of the report", async () => {
    const [row] = await helper.run(
      `MATCH (a:Agency)<-[:ISSUED_BY]-(r:Report {id: $id})-[:COVERS]->(j:Jurisdiction)
       RETURN a.name AS issuer, j.name AS jurisdiction, r.year AS year, r.publishedAt AS publishedAt`,
      { id: seed.report.id },
    );
    expect(row).toEqual({
      issuer: "荆州市沙市区人民政府",
      jurisdiction: "湖北省荆州市沙市区",
      year: 2016,
      publishedAt: "2017-03-06",
    });
  });

  it("writes every entity and relation the extractor found", async () => {
    const shot = await reportSnapshot(helper, seed.report.id);
    expect(shot!.mentioned).toBe(seed.entities.length);
    expect(shot!.evidence).toBe(seed.relations.length);
  });

  it("changes nothing when ingested again, forced or not", async () => {
    const before = await reportSnapshot(helper, seed.report.id);
    expect((await ingestReport(helper.driver, helper.database, seed)).status).toBe("unchanged");
    expect((await ingestReport(helper.driver, helper.database, seed, { force: true })).status).toBe("replaced");
    expect(await reportSnapshot(helper, seed.report.id)).toEqual(before);
  });
});
