/**
 * The floor the loader is measured against: the same pre-extracted rows written by bare UNWIND … MERGE / CREATE
 * statements in large batches (50 reports per transaction, no version check, no alias union, no fallback to one
 * report per transaction).
 */
import type { Driver } from "neo4j-driver";
import type { ExtractedReport } from "../../src/extract/types.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { successionLinks } from "../../src/graph/load/succession-links.js";
import { ENTITY_LABELS, ENTITY_PROPERTIES, REPORT_PROPERTIES } from "../../src/graph/model.js";
import { EVIDENCE_RELATIONSHIPS } from "../../src/graph/relation-specs.js";

export async function countGraph(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number; properties: number }> {
  const { records } = await driver.executeQuery(
    `RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
            COLLECT { MATCH (n) RETURN sum(size(keys(n))) }[0] + COLLECT { MATCH ()-[r]->() RETURN sum(size(keys(r))) }[0] AS properties`,
    {},
    { database },
  );
  return records[0]!.toObject() as { nodes: number; relationships: number; properties: number };
}

/**
 * Writes `reports` with bare statements, `perTransaction` reports at a time: UNWIND … MERGE for nodes, UNWIND …
 * CREATE for relationships (the rows are unique), every property set by name from the row (no alias union, no
 * version check, no replace). Both the loader and this floor write the same nodes, relationships and properties.
 */
export async function floorLoad(
  driver: Driver,
  database: string,
  reports: ExtractedReport[],
  perTransaction = 50,
  /** called after each statement (and each commit, as "commit") with its milliseconds */
  onStatement?: (cypher: string, ms: number) => void,
): Promise<void> {
  const session = driver.session({ database });
  const set = (variable: string, keys: readonly string[], from: string) =>
    keys.map((k) => `, ${variable}.${k} = ${from}.${k}`).join("");
  // a property a report does not give keeps what an earlier report said (as in the loader)
  const keep = (keys: readonly string[]) => keys.map((k) => `, n.${k} = coalesce(row.props.${k}, n.${k})`).join("");
  try {
    for (let i = 0; i < reports.length; i += perTransaction) {
      const batch = reports.slice(i, i + perTransaction).map((r) => reportRows(r));
      let statementsMs = 0;
      const started = performance.now();
      await session.executeWrite(async (unwrapped) => {
        statementsMs = 0;
        const tx = {
          run: async (cypher: string, params: Record<string, unknown>) => {
            const at = performance.now();
            const result = await unwrapped.run(cypher, params);
            statementsMs += performance.now() - at;
            onStatement?.(cypher, performance.now() - at);
            return result;
          },
        };
        await tx.run(
          `UNWIND $rows AS row MERGE (r:Report {id: row.id}) SET r.id = row.id${set("r", REPORT_PROPERTIES, "row.props")}`,
          {
            rows: batch.map((b) => ({ id: b.reportId, props: b.report })),
          },
        );
        for (const label of ENTITY_LABELS) {
          const rows = batch.flatMap((b) =>
            b.entities[label].map((e) => ({
              report: b.reportId,
              id: e.id,
              name: e.name,
              props: e.props,
              aliases: e.aliases,
            })),
          );
          if (!rows.length) continue;
          const report = label === "Metric" ? ", n.report = row.report" : "";
          await tx.run(
            `UNWIND $rows AS row MERGE (n:${label} {id: row.id})
             ON CREATE SET n:Entity${report}
             SET n.name = row.name, n.aliases = row.aliases, n.aliasText = reduce(s = '', a IN row.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + a)${keep(ENTITY_PROPERTIES[label])}`,
            { rows },
          );
        }
        const mentions = batch.flatMap((b) =>
          ENTITY_LABELS.flatMap((label) =>
            b.entities[label].map((e) => ({ report: b.reportId, id: e.id, mention: e.mention })),
          ),
        );
        await tx.run(
          `UNWIND $rows AS row MATCH (r:Report {id: row.report}) MATCH (n:Entity {id: row.id})
           CREATE (r)-[:MENTIONS {count: row.mention.count, spans: row.mention.spans, sections: row.mention.sections, aliases: row.mention.aliases}]->(n)`,
          { rows: mentions },
        );
        for (const [kind, label] of [
          ["ISSUED_BY", "Agency"],
          ["COVERS", "Jurisdiction"],
        ] as const) {
          const links = batch.flatMap((b) => {
            const target = kind === "ISSUED_BY" ? b.issuedBy : b.covers;
            return target ? [{ report: b.reportId, ...target }] : [];
          });
          await tx.run(
            `UNWIND $links AS link MATCH (r:Report {id: link.report}) MERGE (n:${label} {id: link.id})
             ON CREATE SET n:Entity, n.name = link.name CREATE (r)-[:${kind}]->(n)`,
            { links },
          );
        }
        for (const type of EVIDENCE_RELATIONSHIPS) {
          const rows = batch.flatMap((b) => b.evidence[type] ?? []);
          if (!rows.length) continue;
          const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
          await tx.run(
            `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
             CREATE (a)-[:${type} {${keys.map((k) => `${k}: row.props.${k}`).join(", ")}}]->(b)`,
            { rows },
          );
        }
        const links = successionLinks(batch.flatMap((b) => b.entities.Agency));
        if (links.length)
          await tx.run(
            `UNWIND $links AS link MATCH (a:Agency {id: link.from}) MATCH (b:Agency {id: link.to})
             MERGE (a)-[s:SUCCEEDED_BY {source: 'lexicon'}]->(b) ON CREATE SET s.year = link.year, s.how = link.how, s.basis = link.basis`,
            { links },
          );
      });
      onStatement?.("commit", performance.now() - started - statementsMs);
    }
  } finally {
    await session.close();
  }
}
