/**
 * The Cypher a bulk import needs around neo4j-admin: whether the target holds anything, and the empty lists CSV
 * cannot carry (an empty array field is no property: see csv.ts). The loader stores `aliases: []` on an entity no
 * report gave another name, and `sections: []` / `aliases: []` on MENTIONS; this writes them, in transactions of
 * 50,000 rows so a big graph does not need one huge transaction. The statement around those transactions runs as
 * long as the graph is big (minutes at 10,000 reports): the caller gives it a timeout of its own, since the
 * server's default (60 s, neo4j/neo4j.conf) would end it after the store was written.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Driver } from "neo4j-driver";
import { readRows, writeRows, type CypherQuery } from "../query.js";

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

/** Report texts per transaction: about this many UTF-16 code units (a few MB), so no transaction holds a corpus. */
const TEXT_BATCH_UNITS = 4_000_000;

/** The (:ReportText {id, text}) nodes of a new graph, as setReportTexts writes them (the graph holds none yet). */
export function createReportTextsQuery(texts: { id: string; text: string }[]): CypherQuery {
  return { cypher: "UNWIND $texts AS t CREATE (:ReportText {id: t.id, text: t.text})", params: { texts } };
}

/**
 * Writes the texts of `file` (one JSON object {id, text} per line, written during extraction) in transactions of
 * about TEXT_BATCH_UNITS code units; returns how many were written.
 */
export async function writeReportTexts(driver: Driver, database: string, file: string): Promise<number> {
  let batch: { id: string; text: string }[] = [];
  let units = 0;
  let written = 0;
  const flush = async () => {
    if (!batch.length) return;
    await writeRows(driver, database, createReportTextsQuery(batch));
    written += batch.length;
    batch = [];
    units = 0;
  };
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    batch.push(row);
    units += row.text.length;
    if (units >= TEXT_BATCH_UNITS) await flush();
  }
  await flush();
  return written;
}
