import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema, schemaStatements } from "../../src/graph/schema.js";
import { FULLTEXT_INDEX } from "../../src/graph/model.js";
import { NODE_LABELS } from "../../src/graph/model.js";
import { EVIDENCE_RELATIONSHIPS } from "../../src/graph/relation-specs.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper();
beforeAll(() => applySchema(helper.driver, helper.database));
afterAll(() => helper.close());

interface Shown {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[];
  properties: string[];
  state?: string;
}

const constraints = () =>
  helper.run<Shown>("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN *");
const indexes = () =>
  helper.run<Shown>("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN *");

describe("the Neo4j schema", () => {
  it("has a uniqueness constraint on id for every label", async () => {
    const unique = (await constraints()).filter((c) => c.type === "UNIQUENESS" && (c.properties ?? []).join() === "id");
    const labels = unique.flatMap((c) => c.labelsOrTypes);
    for (const label of [...NODE_LABELS, "Entity"]) expect(labels).toContain(label);
  });

  it("has every constraint and index of schema/neo4j on the database, all online", async () => {
    const names = new Set([...(await constraints()).map((c) => c.name), ...(await indexes()).map((i) => i.name)]);
    for (const statement of schemaStatements()) expect(names, statement.name).toContain(statement.name);
    const offline = (await indexes()).filter((i) => i.state !== "ONLINE");
    expect(offline).toEqual([]);
  });

  it("indexes the report of every evidence relationship type", async () => {
    const relIndexes = (await indexes()).filter(
      (i) => i.entityType === "RELATIONSHIP" && (i.properties ?? []).join() === "report",
    );
    expect(relIndexes.flatMap((i) => i.labelsOrTypes).sort()).toEqual([...EVIDENCE_RELATIONSHIPS].sort());
  });

  it("has a cjk full-text index over the names and aliases of every entity label", async () => {
    const [row] = await helper.run<{ labels: string[]; properties: string[]; analyzer: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name " +
        "RETURN labelsOrTypes AS labels, properties, options.indexConfig.`fulltext.analyzer` AS analyzer",
      { name: FULLTEXT_INDEX },
    );
    expect(row).toEqual({
      labels: ["Agency", "Law", "Program", "Jurisdiction", "Metric"],
      properties: ["name", "aliasText"],
      analyzer: "cjk",
    });
  });

  it("can be applied twice without error or change", async () => {
    const before = { constraints: (await constraints()).length, indexes: (await indexes()).length };
    await applySchema(helper.driver, helper.database);
    expect({ constraints: (await constraints()).length, indexes: (await indexes()).length }).toEqual(before);
  });
});
