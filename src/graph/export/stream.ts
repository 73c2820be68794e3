/**
 * Streams a selection of the graph as nodes, then relationships, with their evidence. Records are pulled from
 * the driver in batches (fetchSize) with back-pressure, so a large graph never sits in memory; only `--around`
 * keeps the ids of the neighbourhood it walked.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { GraphError, toGraphError } from "../errors.js";
import { bindIntegers, type CypherQuery } from "../query.js";
import {
  allNodes,
  allRelationships,
  neighbourIds,
  nodesByIds,
  relationshipsAmong,
  reportNodes,
  reportRelationships,
} from "./queries.js";

export type ExportItem =
  | { kind: "node"; id: string; labels: string[]; properties: Record<string, unknown> }
  | { kind: "relationship"; type: string; from: string; to: string; properties: Record<string, unknown> };

export type ExportSelection = { all: true } | { report: string } | { around: string; depth: number; maxNodes?: number };

export const MAX_AROUND_DEPTH = 5;

export async function* exportGraph(
  driver: Driver,
  database: string,
  selection: ExportSelection,
): AsyncGenerator<ExportItem> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 1000 });
  try {
    let queries: { nodes: CypherQuery; rels: CypherQuery };
    if ("all" in selection) queries = { nodes: allNodes(), rels: allRelationships() };
    else if ("report" in selection)
      queries = { nodes: reportNodes(selection.report), rels: reportRelationships(selection.report) };
    else {
      const ids = await neighbourhood(session, selection);
      queries = { nodes: nodesByIds(ids), rels: relationshipsAmong(ids) };
    }
    for await (const record of session.run(queries.nodes.cypher, bindIntegers(queries.nodes.params))) {
      yield {
        kind: "node",
        ...(record.toObject() as { id: string; labels: string[]; properties: Record<string, unknown> }),
      };
    }
    for await (const record of session.run(queries.rels.cypher, bindIntegers(queries.rels.params))) {
      yield {
        kind: "relationship",
        ...(record.toObject() as { type: string; from: string; to: string; properties: Record<string, unknown> }),
      };
    }
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}

/** Breadth-first from `around`, `depth` hops in either direction, at most `maxNodes` ids (default 100,000). */
async function neighbourhood(
  session: neo4j.Session,
  selection: { around: string; depth: number; maxNodes?: number },
): Promise<string[]> {
  if (!Number.isInteger(selection.depth) || selection.depth < 0 || selection.depth > MAX_AROUND_DEPTH) {
    throw new GraphError("BAD_USER_INPUT", `depth must be an integer from 0 to ${MAX_AROUND_DEPTH}`);
  }
  const start = await session.run(nodesByIds([selection.around]).cypher, nodesByIds([selection.around]).params);
  if (start.records.length === 0) throw new GraphError("BAD_USER_INPUT", `no node with id ${selection.around}`);
  const maxNodes = selection.maxNodes ?? 100_000;
  const seen = new Set([selection.around]);
  let frontier = [selection.around];
  for (let hop = 0; hop < selection.depth && frontier.length > 0; hop++) {
    const q = neighbourIds(frontier, [...seen]);
    const found = (await session.run(q.cypher, q.params)).records.map((r) => r.get("id") as string);
    frontier = [];
    for (const id of found) {
      if (seen.size >= maxNodes)
        throw new GraphError(
          "LIMIT_EXCEEDED",
          `more than ${maxNodes} nodes within ${selection.depth} hops; lower --depth`,
        );
      if (!seen.has(id)) {
        seen.add(id);
        frontier.push(id);
      }
    }
  }
  return [...seen];
}
