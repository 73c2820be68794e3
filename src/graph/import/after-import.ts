/**
 * The Cypher a bulk import needs around neo4j-admin: whether the target holds anything. (Nothing is written after
 * the import: the empty lists CSV cannot carry are not stored by `kg ingest` either, see model.ts.)
 */
import type { Driver } from "neo4j-driver";
import { readRows, type CypherQuery } from "../query.js";

export function anyNodeQuery(): CypherQuery {
  return { cypher: "RETURN EXISTS { MATCH (n) } AS found", params: {} };
}

export async function databaseIsEmpty(driver: Driver, database: string): Promise<boolean> {
  const [row] = await readRows(driver, database, anyNodeQuery());
  return row?.found !== true;
}
