/** The relation catalogue agrees with the extractor and yields well-formed API fields. */
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../src/extract/types.js";
import { NODE_LABELS } from "../../src/graph/model.js";
import {
  EVIDENCE_RELATIONSHIPS,
  RELATIONS,
  RELATION_SPECS,
  RELATIONSHIP_TYPES,
  relationFieldsOf,
} from "../../src/graph/relation-specs.js";

describe("the relation catalogue", () => {
  it("lists exactly the extractor's relation types as the relationships with evidence", () => {
    expect([...EVIDENCE_RELATIONSHIPS].sort()).toEqual([...RELATION_TYPES].sort());
    expect(RELATIONSHIP_TYPES).toEqual(Object.keys(RELATION_SPECS));
  });

  it("derives a forward field on the start label and a backward field on every end label", () => {
    expect(RELATIONS["Agency.issued"]).toMatchObject({
      type: "ISSUED",
      direction: "out",
      source: "Agency",
      target: "Law",
      shape: "connection",
    });
    expect(RELATIONS["Law.issuedBy"]).toMatchObject({
      type: "ISSUED",
      direction: "in",
      source: "Law",
      target: "Agency",
    });
    expect(RELATIONS["Report.issuer"]).toMatchObject({
      type: "ISSUED_BY",
      direction: "out",
      target: "Agency",
      shape: "node",
    });
    expect(RELATIONS["Agency.parent"]).toMatchObject({ type: "PART_OF", direction: "out", shape: "edge" });
  });

  it("matches an undirected relationship either way, and a field towards several labels returns any entity", () => {
    expect(RELATIONS["Metric.measures"]).toMatchObject({ direction: "both", target: null });
    expect(RELATIONS["Program.metrics"]).toMatchObject({ direction: "both", target: "Metric" });
    expect(RELATIONS["Agency.metrics"]).toMatchObject({ direction: "both", target: "Metric" });
    expect(RELATIONS["Agency.mergedWith"]).toMatchObject({ direction: "both", target: "Agency" });
  });

  it("gives no label two fields of the same name", () => {
    for (const label of NODE_LABELS) {
      const names = relationFieldsOf(label).map((f) => f.field);
      expect(new Set(names).size, label).toBe(names.length);
    }
  });
});
