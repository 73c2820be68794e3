/**
 * How many targets a page query asks the database for: one more than the page only when the client asked for
 * pageInfo (hasNextPage needs it); otherwise exactly the page, so no node is read, with everything nested below
 * it, only to be dropped. A golden test on the compiled query (the reader records it instead of running it);
 * tests/api/prefetch.int.test.ts checks the answers against the real database.
 */
import "reflect-metadata";
import { graphql } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { GraphService } from "../../src/api/graph.service.js";
import { buildApiSchema } from "../../src/api/schema.js";
import type { CypherQuery } from "../../src/graph/query.js";
import type { GraphReader } from "../../src/graph/read/reader.js";

async function compiled(source: string): Promise<CypherQuery[]> {
  const queries: CypherQuery[] = [];
  const reader = {
    queryCount: 0,
    read: async (q: CypherQuery) => (queries.push(q), []),
    write: async () => [],
  } as unknown as GraphReader;
  const result = await graphql({
    schema: await buildApiSchema(),
    source,
    contextValue: {
      config: loadConfig({ NODE_ENV: "test" }),
      reader,
      graph: new GraphService(reader),
      authenticated: false,
    },
  });
  expect(result.errors).toBeUndefined();
  return queries;
}

describe("the page window sent to the database", () => {
  it("asks for exactly the page at every level when pageInfo is not selected", async () => {
    const [query] = await compiled(
      `{ agencies(first: 2) { nodes { id conducts(first: 3) { nodes { id metrics(first: 4) { nodes { id } } } } } } }`,
    );
    expect(query!.params).toMatchObject({ limit: 2, p1: 3, p3: 4 });
  });

  it("asks for one more than the page where pageInfo is selected, and only there", async () => {
    const [query] = await compiled(
      `{ agencies(first: 2) { pageInfo { hasNextPage } nodes { id conducts(first: 3) { nodes { id metrics(first: 4) { pageInfo { hasNextPage } nodes { id } } } } } } }`,
    );
    expect(query!.params).toMatchObject({ limit: 3, p1: 3, p3: 5 });
  });
});
