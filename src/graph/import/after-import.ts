/**
 * The Cypher a bulk import needs around neo4j-admin: whether the target holds anything, and the empty lists CSV
 * cannot carry (an empty array field is no property: see csv.ts). The loader stores `aliases: []` on an entity no
 * report gave another name, and `sections: []` / `aliases: []` on MENTIONS; this writes them, in transactions of
 * 50,000 rows so a big graph does not need one huge transaction. The statement around those transactions runs as
 * long as the graph is big (minutes at 10,000 reports): the caller gives it a timeout of its own, since the
 * server's default (60 s, neo4j/neo4j.conf) would end it after the store was written.
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

/** The statements, each named for `kg import`'s step times. */
export function fillEmptyListQueries(): { step: string; query: CypherQuery }[] {
  return [
    {
      step: "entityAliases",
      query: {
        cypher: `MATCH (n:Entity) WHERE n.aliases IS NULL
CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 50000 ROWS`,
        params: {},
      },
    },
    {
      step: "mentionLists",
      query: {
        cypher: `MATCH ()-[m:MENTIONS]->() WHERE m.aliases IS NULL OR m.sections IS NULL OR m.spans IS NULL
CALL (m) { SET m.aliases = coalesce(m.aliases, []), m.sections = coalesce(m.sections, []), m.spans = coalesce(m.spans, []) } IN TRANSACTIONS OF 50000 ROWS`,
        params: {},
      },
    },
  ];
}
