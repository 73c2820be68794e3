/**
 * Exports a selection of the graph: planExport checks the selection (an unknown report or node is an error before
 * anything is written), walks an --around neighbourhood, and finds the typed columns of its nodes and
 * relationships; then `items()` streams the nodes, then the relationships, with their evidence. Records are pulled
 * from the driver in batches (fetchSize) with back-pressure, so a large graph never sits in memory; only `--around`
 * keeps the ids of the neighbourhood it walked.
 */
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { CodedError } from "../../errors.js";
import { GraphError, toGraphError } from "../errors.js";
import { bindIntegers, type CypherQuery } from "../query.js";
import { columnsOf, type ExportColumns, type PropertyTypes } from "./columns.js";
import {
  allNodes,
  allRelationships,
  exportRowsByIds,
  neighbourIds,
  propertyTypes,
  relationshipsAmong,
  reportExists,
  reportNodes,
  reportRelationships,
  walkedTypes,
  withReportTexts,
} from "./queries.js";

export type ExportItem =
  | { kind: "node"; id: string; labels: string[]; properties: Record<string, unknown> }
  | { kind: "relationship"; type: string; from: string; to: string; properties: Record<string, unknown> };

export type ExportSelection =
  { all: true } | { report: string } | { around: string; depth: number; includeMentions?: boolean; maxNodes?: number };

export const MAX_AROUND_DEPTH = 5;

export interface ExportPlan {
  columns: ExportColumns;
  items(): AsyncGenerator<ExportItem>;
}

/** `withColumns: false` skips the property scan (JSON lines need no columns); `texts` adds each report's text. */
export async function planExport(
  driver: Driver,
  database: string,
  selection: ExportSelection,
  options: { withColumns?: boolean; texts?: boolean } = {},
): Promise<ExportPlan> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 1000 });
  try {
    const selected = await selectionQueries(session, selection);
    const queries = options.texts ? { ...selected, nodes: withReportTexts(selected.nodes) } : selected;
    const columns =
      options.withColumns === false
        ? { node: [], edge: [] }
        : {
            node: columnsOf(await typesOf(session, queries.nodes), "node"),
            edge: columnsOf(await typesOf(session, queries.rels), "edge"),
          };
    await session.close();
    return { columns, items: () => streamItems(driver, database, queries) };
  } catch (error) {
    await session.close();
    throw error instanceof CodedError ? error : toGraphError(error);
  }
}

async function* streamItems(
  driver: Driver,
  database: string,
  queries: { nodes: CypherQuery; rels: CypherQuery },
): AsyncGenerator<ExportItem> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 1000 });
  try {
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

async function selectionQueries(session: Session, selection: ExportSelection) {
  if ("all" in selection) return { nodes: allNodes(), rels: allRelationships() };
  if ("report" in selection) {
    const exists = reportExists(selection.report);
    if ((await session.run(exists.cypher, exists.params)).records.length === 0)
      throw new CodedError("REPORT_NOT_FOUND", `no report with id ${selection.report}`);
    return { nodes: reportNodes(selection.report), rels: reportRelationships(selection.report) };
  }
  const types = walkedTypes(selection.includeMentions ?? false);
  const ids = await neighbourhood(session, selection, types);
  return { nodes: exportRowsByIds(ids), rels: relationshipsAmong(ids, types) };
}

async function typesOf(session: Session, rows: CypherQuery): Promise<PropertyTypes[]> {
  const q = propertyTypes(rows);
  return (await session.run(q.cypher, bindIntegers(q.params))).records.map((r) => r.toObject() as PropertyTypes);
}

/** Breadth-first from `around`, `depth` hops either way over `types`, at most `maxNodes` ids (default 100,000). */
async function neighbourhood(
  session: Session,
  selection: { around: string; depth: number; maxNodes?: number },
  types: readonly string[],
): Promise<string[]> {
  if (!Number.isInteger(selection.depth) || selection.depth < 0 || selection.depth > MAX_AROUND_DEPTH) {
    throw new GraphError("BAD_USER_INPUT", `depth must be an integer from 0 to ${MAX_AROUND_DEPTH}`);
  }
  const start = exportRowsByIds([selection.around]);
  if ((await session.run(start.cypher, start.params)).records.length === 0)
    throw new CodedError("NODE_NOT_FOUND", `no node with id ${selection.around}`);
  const maxNodes = selection.maxNodes ?? 100_000;
  const seen = new Set([selection.around]);
  let frontier = [selection.around];
  for (let hop = 0; hop < selection.depth && frontier.length > 0; hop++) {
    const q = neighbourIds(frontier, [...seen], types);
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
