/**
 * Loads one ExtractedReport into Neo4j in one write transaction: fully in or not at all. `session.executeWrite`
 * retries transient errors (deadlocks between concurrent ingests of reports that share entities included), and
 * MERGE on the uniqueness-constrained ids keeps concurrent ingests from creating duplicates.
 *
 * A report is a handful of statements: lock/read the stored version, (if it existed: remove its previous
 * contributions), set the report, one UNWIND per entity label, its issuer/jurisdiction links, one UNWIND per
 * evidence type present, (if it existed: delete entities left without support, recompute their aliases).
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ExtractedReport } from "../../extract/types.js";
import { GraphError, withGraphErrors } from "../errors.js";
import { ENTITY_LABELS, EVIDENCE_RELATIONSHIPS } from "../model.js";
import { retryConflicts } from "./conflicts.js";
import { runPipelined, zeroCounts, type WriteCounts } from "./counters.js";
import {
  createEvidence,
  deleteUnsupportedEntities,
  linkReport,
  lockReport,
  recomputeAliases,
  removeReportEvidence,
  removeReportSupport,
  setReportProperties,
  upsertEntities,
  type Query,
} from "./queries.js";
import { reportRows, type ReportRows } from "./rows.js";

export type IngestStatus = "added" | "unchanged" | "replaced";

export type IngestOutcome = {
  reportId: string;
  status: IngestStatus;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  entities: number;
  relations: number;
};

export interface IngestOptions {
  /** write even when the stored report has the same contentHash and extractorVersion */
  force?: boolean;
  /** the file the report was read from, stored as Report.sourcePath so `kg ingest --reextract` can find it again */
  sourcePath?: string;
}

export async function ingestReport(driver: Driver, database: string, extracted: ExtractedReport, options: IngestOptions = {}): Promise<IngestOutcome> {
  validate(extracted);
  const rows = reportRows(extracted, { sourcePath: options.sourcePath });
  return withGraphErrors(() =>
    retryConflicts(async () => {
      const session = driver.session({ database });
      try {
        return await session.executeWrite((tx) => writeReport(tx, rows, extracted, options.force ?? false));
      } finally {
        await session.close();
      }
    }),
  );
}

/** The transaction function: may run more than once (the driver retries it), so it keeps no state outside. */
async function writeReport(tx: ManagedTransaction, rows: ReportRows, extracted: ExtractedReport, force: boolean): Promise<IngestOutcome> {
  const counts = zeroCounts();
  const { reportId } = rows;
  const [locked] = await runPipelined(tx, [lockReport(reportId)], counts);
  const stored = locked!.records[0]!;
  const existed = stored.get("contentHash") !== null;
  const same = existed && stored.get("contentHash") === extracted.report.contentHash && stored.get("extractorVersion") === extracted.report.extractorVersion;
  if (same && !force) return outcome(reportId, "unchanged", zeroCounts(), 0, 0);

  let previouslySupported: string[] = [];
  if (existed) {
    const [support] = await runPipelined(tx, [removeReportSupport(reportId), removeReportEvidence(reportId)], counts);
    previouslySupported = (support!.records[0]?.get("ids") as string[] | undefined) ?? [];
  }

  const writes: Query[] = [setReportProperties(reportId, rows.report)];
  for (const label of ENTITY_LABELS) if (rows.entities[label].length) writes.push(upsertEntities(label, reportId, rows.entities[label]));
  if (rows.issuedBy) writes.push(linkReport("ISSUED_BY", reportId, rows.issuedBy));
  if (rows.covers) writes.push(linkReport("COVERS", reportId, rows.covers));
  for (const type of EVIDENCE_RELATIONSHIPS) {
    const evidence = rows.evidence[type];
    if (evidence?.length) writes.push(createEvidence(type, evidence));
  }
  if (previouslySupported.length) writes.push(deleteUnsupportedEntities(previouslySupported), recomputeAliases(previouslySupported));
  await runPipelined(tx, writes, counts);

  return outcome(reportId, existed ? "replaced" : "added", counts, rows.entityCount, rows.relationCount);
}

function outcome(reportId: string, status: IngestStatus, counts: WriteCounts, entities: number, relations: number): IngestOutcome {
  return { reportId, status, ...counts, entities, relations };
}

function validate(extracted: ExtractedReport): void {
  const bad = (message: string) => new GraphError("BAD_USER_INPUT", `cannot ingest report: ${message}`);
  const id = extracted?.report?.id;
  if (typeof id !== "string" || !id) throw bad("report.id is missing");
  if (!extracted.report.contentHash) throw bad(`${id}: report.contentHash is missing`);
  if (!Array.isArray(extracted.entities) || !Array.isArray(extracted.relations)) throw bad(`${id}: entities and relations must be arrays`);
  for (const entity of extracted.entities) {
    if (typeof entity.id !== "string" || !entity.id) throw bad(`${id}: an entity has no id`);
    if (!ENTITY_LABELS.includes(entity.type)) throw bad(`${id}: entity ${entity.id} has unknown type ${String(entity.type)}`);
    if (typeof entity.name !== "string" || !entity.name) throw bad(`${id}: entity ${entity.id} has no name`);
  }
}
