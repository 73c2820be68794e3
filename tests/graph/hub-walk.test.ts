/** Which relationship pages can be walked from the target side (src/graph/read/hub-walk.ts). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NAME_INDEXED_LABELS } from "../../src/graph/read/hub-walk.js";
import type { PagePlan } from "../../src/graph/read/projection.js";
import { relatedNodes } from "../../src/graph/read/relations.js";
import { RELATIONS } from "../../src/graph/relation-specs.js";

const NODE_INDEXES = readFileSync(new URL("../../schema/neo4j/002-node-indexes.cypher", import.meta.url), "utf8");
const page: PagePlan = {
  offset: 0,
  limit: 10,
  report: null,
  total: false,
  evidence: null,
  target: { props: [], relations: [] },
};
const walks = (relation: string, over: Partial<PagePlan> = {}) =>
  relatedNodes(RELATIONS[relation]!, ["x"], { ...page, ...over }).cypher.includes(".name >= ''");

describe("walking a hub's page", () => {
  it.each(NAME_INDEXED_LABELS)("walks %s, whose name has a range index in the schema", (label) => {
    expect(NODE_INDEXES).toMatch(new RegExp(`CREATE INDEX \\w+ IF NOT EXISTS FOR \\(n:${label}\\) ON \\(n\\.name\\);`));
  });

  it("is offered to targets in a name index, whatever the direction", () => {
    expect(
      ["Agency.conducts", "Program.conductedBy", "Agency.metrics", "Law.implementedBy"].map((r) => walks(r)),
    ).toEqual([true, true, true, true]);
  });

  it("is not offered to targets without a name index (reports, any entity)", () => {
    expect(walks("Agency.issuedReports")).toBe(false);
    expect(walks("Metric.measures")).toBe(false);
  });

  it("leaves one report's statements to the relationship index on report", () => {
    expect(walks("Agency.conducts", { report: "report:x" })).toBe(false);
  });

  it("is not offered to a page deeper than any tier walks", () => {
    expect(walks("Agency.conducts", { offset: 1_589 })).toBe(true);
    expect(walks("Agency.conducts", { offset: 1_590 })).toBe(false);
  });
});
