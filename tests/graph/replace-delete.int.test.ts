import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteReport } from "../../src/graph/load/delete.js";
import { ingestReport } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { Neo4jTestHelper } from "../support/neo4j.js";
import { sharedIds, smallReport } from "./fixtures/small-reports.js";
import { orphans, snapshot } from "./graph-snapshot.js";

const helper = new Neo4jTestHelper();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(() => helper.close());

const ingest = (report: ReturnType<typeof smallReport>) => ingestReport(helper.driver, helper.database, report);
const ids = async (token: string) =>
  (
    await helper.run<{ id: string }>("MATCH (n:Entity) WHERE n.id CONTAINS $token RETURN n.id AS id ORDER BY id", {
      token,
    })
  ).map((r) => r.id);
const aliasesOf = async (id: string) =>
  (await helper.run<{ a: string[] }>("MATCH (n {id: $id}) RETURN n.aliases AS a", { id }))[0]?.a;

describe("replacing a report with a changed version", () => {
  it("removes what only the old version said and keeps what other reports support", async () => {
    const token = helper.uniqueToken("replace");
    await ingest(smallReport(token, 1));
    await ingest(smallReport(token, 2));
    const outcome = await ingest(smallReport(token, 1, 2));

    expect(outcome.status).toBe("replaced");
    const now = await ids(token);
    expect(now).not.toContain(`program:第1号专项行动v1#${token}#1`);
    expect(now).toContain(`program:第1号专项行动v2#${token}#1`);
    expect(now).toContain(`program:第2号专项行动v1#${token}#2`);
    expect(now).toEqual(expect.arrayContaining(Object.values(sharedIds(token))));
    expect(await orphans(helper, token)).toEqual([]);
  });

  it("leaves exactly the graph a fresh ingest of the new version gives", async () => {
    const replaced = helper.uniqueToken("replace");
    await ingest(smallReport(replaced, 1));
    await ingest(smallReport(replaced, 1, 2));
    const fresh = helper.uniqueToken("replace");
    await ingest(smallReport(fresh, 1, 2));
    const strip = (s: Awaited<ReturnType<typeof snapshot>>, t: string) => ({
      ...s,
      content: s.content.map((l) => l.replaceAll(t, "T")),
    });
    expect(strip(await snapshot(helper, replaced), replaced)).toEqual(strip(await snapshot(helper, fresh), fresh));
  });

  it("takes back the aliases only the old version used, keeps those another report uses", async () => {
    const token = helper.uniqueToken("replace");
    await ingest(smallReport(token, 1));
    await ingest(smallReport(token, 2));
    await ingest(smallReport(token, 1, 3));
    expect(await aliasesOf(sharedIds(token).government)).toEqual(["省政府", "省政府v3"]);
    await ingest(smallReport(token, 2, 3));
    expect(await aliasesOf(sharedIds(token).government)).toEqual(["省政府v3"]);
  });
});

describe("deleting a report", () => {
  it("removes its own entities and evidence, keeps shared entities while another report mentions them", async () => {
    const token = helper.uniqueToken("delete");
    await ingest(smallReport(token, 1));
    await ingest(smallReport(token, 2));
    const result = await deleteReport(helper.driver, helper.database, `report:small-2#${token}`);

    expect(result).toMatchObject({ deleted: true });
    expect(result.nodesDeleted).toBe(4); // the report, its city government, program and metric
    const left = await ids(token);
    expect(left.filter((id) => id.endsWith("#2"))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(Object.values(sharedIds(token))));
    const evidence = await helper.run("MATCH ()-[r]->() WHERE r.report = $id RETURN r", {
      id: `report:small-2#${token}`,
    });
    expect(evidence).toEqual([]);
  });

  it("removes everything when the last report goes", async () => {
    const token = helper.uniqueToken("delete");
    await ingest(smallReport(token, 1));
    await deleteReport(helper.driver, helper.database, `report:small-1#${token}`);
    expect(await snapshot(helper, token)).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it("says so when there is no such report", async () => {
    const result = await deleteReport(helper.driver, helper.database, `report:none#${helper.uniqueToken("delete")}`);
    expect(result).toEqual({ deleted: false, nodesDeleted: 0, relationshipsDeleted: 0 });
  });
});
