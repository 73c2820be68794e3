/**
 * What the complexity limit counts (src/api/common/complexity.ts): about one unit per node or edge a query can
 * return. The figures are worked out by hand from the rule (a list: base + page size × (1 + what each item
 * selects); a root field 10, a relationship fetch 1, scalars and edges/node/nodes wrappers 0).
 */
import { parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphQLSchema } from "graphql";
import { operationCost } from "../../src/api/limits/complexity.plugin.js";
import { buildApiSchema } from "../../src/api/schema.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const cost = (query: string) => operationCost(schema, parse(query), undefined, {});

describe("query cost", () => {
  it.each([
    // agency 10 + 1 (itself); conducts 1 + 50 × (1 + metrics (1 + 20 × 1)) = 1101
    [
      "an agency's first 50 programs with 20 metrics each and their evidence",
      `{ agency(id: "a") { name conducts(first: 50) { edges { node { name metrics(first: 20) { edges { node { name value } evidence { sentence report { title } } } } } evidence { sentence } } } } }`,
      1112,
    ],
    // 10 + 5 × (1 + 1101)
    [
      "five agencies × 50 programs × 20 metrics",
      `{ agencies(first: 5) { nodes { name conducts(first: 50) { nodes { name metrics(first: 20) { nodes { name value } } } } } } }`,
      5520,
    ],
    // 10 + 100 × (1 + 4 × (1 + 10 × 1)): relationship pages default to 10
    [
      "100 agencies of a jurisdiction with four kinds of statements",
      `{ agencies(first: 100, filter: { jurisdiction: "沙市区" }) { nodes { name issued { edges { node { name } evidence { sentence } } } implements { edges { node { name } } } conducts { edges { node { name } } } metrics { edges { node { name } } } } } }`,
      4510,
    ],
    ["a scalar-only lookup", `{ agency(name: "区政府") { name aliases kind } }`, 11],
    // a whole text costs 100 (TEXT_COST): 10 + 50 × (1 + 100); 100 reports' texts would be 10110, over 10000
    ["fifty reports' texts", `{ reports(first: 50) { nodes { title text } } }`, 5060],
    // an excerpt or an evidence's context 10 (EXCERPT_COST): 10 + 1 + 1 + 10 × (1 + 10 + 10)
    [
      "a program's evidence with the text around it and an excerpt of its report",
      `{ agency(id: "a") { conducts { edges { evidence { context { before after } report { excerpt(start: 0, end: 9) } } } } } }`,
      222,
    ],
  ])("costs %s at %i", (_what, query, expected) => {
    expect(cost(query).cost).toBe(expected);
  });

  it("gives each list's path and page size, defaults marked", () => {
    const { trace } = cost(`{ agencies(first: 3) { nodes { conducts { nodes { name } } } } }`);
    const lists = trace.costliestBranch().filter((b) => b.node.page);
    expect(lists.map((l) => [l.path, l.node.page])).toEqual([
      ["agencies", { argument: "first", size: 3, explicit: true }],
      ["agencies.nodes.conducts", { argument: "first", size: 10, explicit: false }],
    ]);
  });

  it("finds the largest first: that alone brings a query under a maximum", () => {
    // 10 + 5 × (1 + 1 + k × 22) ≤ 10000 → k ≤ 90
    const { trace } = cost(
      `{ agencies(first: 5) { nodes { conducts(first: 100) { nodes { metrics(first: 20) { nodes { name } } } } } } }`,
    );
    const advice = trace.advice(10_000);
    expect(advice.lists.find((l) => l.path === "agencies.nodes.conducts")!.fitsAt).toBe(90);
  });
});
