/**
 * The floor the loader is measured against: the same pre-extracted rows written by bare UNWIND … MERGE
 * statements in large batches (many reports per transaction, no version check, no alias union, no per-report
 * atomicity). Also the benchmark's wipe.
 */
import type { Driver } from "neo4j-driver";
import type { ExtractedReport } from "../../src/extract/types.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { ENTITY_LABELS, EVIDENCE_RELATIONSHIPS } from "../../src/graph/model.js";

/** Deletes every node and relationship, in batches (only ever run against a benchmark database). */
export async function wipeDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery("RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships", {}, { database });
  return records[0]!.toObject() as { nodes: number; relationships: number };
}

/** Writes `reports` with bare UNWIND … MERGE, `perTransaction` reports at a time. */
export async function floorLoad(driver: Driver, database: string, reports: ExtractedReport[], perTransaction = 50): Promise<void> {
  const session = driver.session({ database });
  try {
    for (let i = 0; i < reports.length; i += perTransaction) {
      const batch = reports.slice(i, i + perTransaction).map((r) => reportRows(r));
      await session.executeWrite(async (tx) => {
        await tx.run("UNWIND $rows AS row MERGE (r:Report {id: row.id}) SET r += row.props", {
          rows: batch.map((b) => ({ id: b.reportId, props: b.report })),
        });
        for (const label of ENTITY_LABELS) {
          const rows = batch.flatMap((b) => b.entities[label].map((e) => ({ report: b.reportId, id: e.id, name: e.name, props: e.props, aliases: e.aliases, mention: e.mention })));
          if (!rows.length) continue;
          await tx.run(
            `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n:Entity, n += row.props, n.name = row.name, n.aliases = row.aliases
             WITH n, row MATCH (r:Report {id: row.report}) MERGE (r)-[m:MENTIONS]->(n) SET m = row.mention`,
            { rows },
          );
        }
        for (const b of batch) {
          for (const [kind, target] of [["ISSUED_BY", b.issuedBy], ["COVERS", b.covers]] as const) {
            if (!target) continue;
            const label = kind === "ISSUED_BY" ? "Agency" : "Jurisdiction";
            await tx.run(`MATCH (r:Report {id: $report}) MERGE (n:${label} {id: $id}) ON CREATE SET n:Entity, n.name = $name MERGE (r)-[:${kind}]->(n)`, {
              report: b.reportId,
              ...target,
            });
          }
        }
        for (const type of EVIDENCE_RELATIONSHIPS) {
          const rows = batch.flatMap((b) => b.evidence[type] ?? []);
          if (!rows.length) continue;
          await tx.run(
            `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
             MERGE (a)-[x:${type} {report: row.props.report, start: row.props.start}]->(b) SET x = row.props`,
            { rows },
          );
        }
      });
    }
  } finally {
    await session.close();
  }
}
