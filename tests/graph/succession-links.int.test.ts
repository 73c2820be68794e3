/**
 * SUCCEEDED_BY across reports (issue 12, point 5): a body named only before the 2018 reform in one report and only
 * after it in another is linked once both are stored, in either order and within one batch; the link goes with
 * its nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractReport } from "../../src/extract/index.js";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport, ingestReports } from "../../src/graph/load/ingest.js";
import { writeStatements } from "../../src/graph/load/write-statements.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper();
const stored: string[] = [];
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(async () => {
  for (const id of stored) await deleteReport(helper.driver, helper.database, id);
  await helper.close();
});

// three districts of 宜昌市 that no other test uses, one per order; each report names only one of the two names
const before = (district: string) =>
  extractReport(
    `宜昌市${district}人民政府关于2016年法治政府建设工作的报告\n\n2016年，区卫计局开展打击非法行医行动，立案9起。`,
  );
const after = (district: string) =>
  extractReport(
    `宜昌市${district}人民政府关于2020年法治政府建设工作的报告\n\n2020年，区卫生健康局开展医疗机构专项检查行动。`,
  );
const ingest = async (report: ReturnType<typeof extractReport>) => {
  const outcome = await ingestReport(helper.driver, helper.database, report);
  stored.push(outcome.reportId);
  return outcome;
};
const successions = (district: string) =>
  helper.run<{ from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a:Agency)-[s:SUCCEEDED_BY]->(b:Agency) WHERE a.id STARTS WITH $prefix
     RETURN a.id AS from, b.id AS to, properties(s) AS props ORDER BY from, to`,
    { prefix: `agency:宜昌市${district}` },
  );
const link = (district: string) => ({
  from: `agency:宜昌市${district}卫生和计划生育局`,
  to: `agency:宜昌市${district}卫生健康局`,
  props: { year: 2018, how: "renamed", basis: expect.stringContaining("2018"), source: "lexicon" },
});

describe("bodies renamed between two reports", () => {
  it("are not linked while only one name is stored, and linked when the later report brings the other", async () => {
    // neither report alone shows the succession: the extractor gives no edge
    for (const r of [before("夷陵区"), after("夷陵区")])
      expect(r.relations.filter((x) => x.type === "SUCCEEDED_BY")).toEqual([]);
    await ingest(before("夷陵区"));
    expect(await successions("夷陵区")).toEqual([]);
    await ingest(after("夷陵区"));
    expect(await successions("夷陵区")).toEqual([link("夷陵区")]);
  });

  it("are linked the same when the report with the new name is stored first", async () => {
    await ingest(after("点军区"));
    expect(await successions("点军区")).toEqual([]);
    await ingest(before("点军区"));
    expect(await successions("点军区")).toEqual([link("点军区")]);
  });

  it("are linked once when both reports come in one batch, and re-ingesting either adds no second link", async () => {
    const { results } = await ingestReports(helper.driver, helper.database, [
      { extracted: before("伍家岗区") },
      { extracted: after("伍家岗区") },
    ]);
    for (const r of results) if (r.ok) stored.push(r.outcome.reportId);
    expect(results.every((r) => r.ok)).toBe(true);
    await ingestReport(helper.driver, helper.database, before("伍家岗区"), { force: true });
    expect(await successions("伍家岗区")).toEqual([link("伍家岗区")]);
  });

  it("lose the link with the node when the only report naming one of them is removed", async () => {
    const newer = after("夷陵区").report.id;
    await deleteReport(helper.driver, helper.database, newer);
    expect(await successions("夷陵区")).toEqual([]);
    await ingest(after("夷陵区"));
    expect(await successions("夷陵区")).toEqual([link("夷陵区")]);
  });

  it("are written by one statement per batch, whatever the number of reports, planned without Eager", async () => {
    const rows = ["夷陵区", "点军区", "伍家岗区"].flatMap((d) => [before(d), after(d)]).map((r) => reportRows(r));
    const statements = writeStatements(rows, []).filter((q) => q.cypher.includes("SUCCEEDED_BY {source: 'lexicon'}"));
    expect(statements).toHaveLength(1);
    // per district 卫计局 → 卫生健康局 (2018) and 卫生局, 人口和计划生育局 → 卫计局 (2013): the statement skips the
    // pairs whose other end is not stored
    expect((statements[0]!.params.rows as unknown[]).length).toBe(9);
    const { summary } = await helper.driver.executeQuery(`EXPLAIN ${statements[0]!.cypher}`, statements[0]!.params, {
      database: helper.database,
    });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }): void => {
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    expect(operators.some((o) => o.startsWith("LockingMerge"))).toBe(true);
    expect(operators.filter((o) => o.startsWith("Eager"))).toEqual([]);
  });
});
