import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { isDeleted, toRelationPage } from "../../src/api/api-nodes.js";

// What Neo4j returns for a node a concurrent write deleted while the read ran: its labels are gone.
const deleted = { __labels: [], id: null, name: null };
const agency = (id: string) => ({ __labels: ["Agency", "Entity"], id, name: id });

describe("a node deleted by a write that committed during the read", () => {
  it("is told from a live node by its missing labels", () => {
    expect(isDeleted(deleted)).toBe(true);
    expect(isDeleted(agency("agency:a"))).toBe(false);
  });

  it("is left out of a relationship page instead of failing the request", () => {
    const page = toRelationPage(
      { edges: [{ node: agency("agency:a") }, { node: deleted }, { node: agency("agency:b") }], total: 3 },
      0,
      2,
    );
    expect(page.edges.map((e) => e.node.id)).toEqual(["agency:a", "agency:b"]);
    expect(page.hasNext).toBe(true);
  });
});
