import { afterAll, describe, expect, it } from "vitest";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper();
afterAll(() => helper.close());

describe("the real Neo4j from config", () => {
  it("is Neo4j 5.26 Community with authentication on", async () => {
    const [row] = await helper.run<{ name: string; version: string; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
    );
    expect(row).toMatchObject({ name: "Neo4j Kernel", edition: "community" });
    expect(row!.version).toMatch(/^5\.26\./);
  });

  it("refuses a wrong password", async () => {
    const wrong = new Neo4jTestHelper({ NEO4J_PASSWORD: "definitely-not-the-password" });
    await expect(wrong.run("RETURN 1")).rejects.toThrow(/unauthorized|authentication/i);
    await wrong.driver.close();
  });

  it("writes and reads back a node with Chinese text unchanged", async () => {
    const id = `agency:${helper.uniqueToken()}`;
    const name = "荆州市沙市区卫生和计划生育局（区卫计局）“双随机一公开”《行政诉讼法》";
    await helper.run("CREATE (n:RoundTrip {id: $id, name: $name})", { id, name });
    const rows = await helper.run<{ name: string }>("MATCH (n:RoundTrip {id: $id}) RETURN n.name AS name", { id });
    expect(rows).toEqual([{ name }]);
  });

  it("cleans up what a test wrote under its token", async () => {
    const id = `probe:${helper.uniqueToken()}`;
    await helper.run("CREATE (:RoundTrip {id: $id})", { id });
    await helper.cleanUp();
    expect(await helper.run("MATCH (n:RoundTrip {id: $id}) RETURN n", { id })).toEqual([]);
  });
});
