/** Writes: extract the text, hand the result to the loader; delete through the loader (both behind the circuit breaker). */
import type { Config } from "../../config.js";
import { extractReportAndText, reportIdentity } from "../../extract/index.js";
import { deleteReport } from "../../graph/load/delete.js";
import { ingestReport } from "../../graph/load/ingest.js";
import { keptMetadataFrom, storedCallerMetadataQuery } from "../../graph/load/stored-reports.js";
import type { GraphReader } from "../../graph/read/reader.js";
import { BadUserInputError } from "../errors.js";
import type { IngestReportInput } from "./ingest.input.js";
import type { DeleteReportResult, IngestStatus } from "./ingest.type.js";

const count = (v: unknown) => (Array.isArray(v) ? v.length : Number(v ?? 0));

function checkDate(value: string | null | undefined): void {
  if (value == null || value === "") return;
  const date = new Date(`${value}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  if (!ok)
    throw new BadUserInputError(`publishedAt must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      argument: "publishedAt",
    });
}

export async function ingestText(reader: GraphReader, config: Config, input: IngestReportInput) {
  checkDate(input.publishedAt);
  const meta = Object.fromEntries(
    Object.entries({
      title: input.title,
      publishedAt: input.publishedAt,
      sourceUrl: input.sourceUrl,
      issuer: input.issuer,
    }).filter(([, v]) => v != null && v !== ""),
  );
  const options = { maxBytes: config.extract.maxBytes };
  // the metadata a caller gave this text before is kept where this one gives none (a sourceUrl, a title)
  const { id } = reportIdentity(input.text, meta, options);
  const kept = keptMetadataFrom(await reader.read(storedCallerMetadataQuery([id]))).get(id);
  const { extracted, text } = extractReportAndText(input.text, { ...kept, ...meta }, options);
  const replaces = (input.replaces ?? []).map((id) => id.trim()).filter(Boolean);
  const outcome = await reader.write((driver, database) =>
    ingestReport(driver, database, extracted, { replaces, text }),
  );
  return {
    reportId: outcome.reportId,
    supersededIds: outcome.supersededIds,
    lookAlikes: outcome.lookAlikes.map((l) => ({ id: l.id, title: l.title })),
    status: outcome.status as IngestStatus,
    entities: count(outcome.entities),
    relations: count(outcome.relations),
    nodesCreated: outcome.nodesCreated,
    nodesDeleted: outcome.nodesDeleted,
    relationshipsCreated: outcome.relationshipsCreated,
    relationshipsDeleted: outcome.relationshipsDeleted,
    propertiesSet: outcome.propertiesSet,
  };
}

export async function removeReport(reader: GraphReader, config: Config, reportId: string): Promise<DeleteReportResult> {
  const result = await reader.write((driver, database) => deleteReport(driver, database, reportId));
  return { reportId, ...result };
}
