/**
 * The statements that write a batch of reports once write-reports.ts has locked them and removed what replaced
 * reports contributed: the reports' properties and texts, the entities, mentions, links, evidence and successions,
 * and the clean-up after replaced reports.
 */
import { ENTITY_LABELS } from "../model.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";
import {
  createEvidence,
  deleteUnsupportedEntities,
  createMentions,
  linkReports,
  linkSuccessions,
  mergeAliases,
  recomputeAliases,
  setReportProperties,
  setReportTexts,
  upsertEntities,
  type Query,
  type ReportEntityRow,
} from "./queries.js";
import type { EvidenceRow, ReportRows } from "./rows.js";
import { successionLinks } from "./succession-links.js";

/** The statements that write `reports` (and clean up after replaced ones), in order; exported for the plan test. */
export function writeStatements(reports: ReportRows[], previouslySupported: string[]): Query[] {
  const writes: Query[] = [setReportProperties(reports.map((r) => ({ id: r.reportId, props: r.report })))];
  const texts = reports.filter((r) => r.text !== null).map((r) => ({ id: r.reportId, text: r.text! }));
  if (texts.length) writes.push(setReportTexts(texts));
  const byEntity = (a: ReportEntityRow, b: ReportEntityRow) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.report < b.report ? -1 : 1;
  const all: ReportEntityRow[] = [];
  for (const label of ENTITY_LABELS) {
    const rows: ReportEntityRow[] = reports.flatMap((r) =>
      r.entities[label].map((row) => ({ ...row, report: r.reportId })),
    );
    rows.sort(byEntity);
    if (rows.length) writes.push(upsertEntities(label, rows));
    all.push(...rows);
  }
  all.sort(byEntity);
  const withAliases = all.filter((row) => row.aliases.length).map((row) => ({ id: row.id, aliases: row.aliases }));
  if (withAliases.length) writes.push(mergeAliases(withAliases));
  if (all.length)
    writes.push(createMentions(all.map((row) => ({ report: row.report, id: row.id, mention: row.mention }))));
  const issued = reports.filter((r) => r.issuedBy).map((r) => ({ report: r.reportId, ...r.issuedBy! }));
  const covers = reports.filter((r) => r.covers).map((r) => ({ report: r.reportId, ...r.covers! }));
  if (issued.length) writes.push(linkReports("ISSUED_BY", issued));
  if (covers.length) writes.push(linkReports("COVERS", covers));
  for (const type of EVIDENCE_RELATIONSHIPS) {
    const rows: EvidenceRow[] = reports.flatMap((r) => r.evidence[type] ?? []);
    if (rows.length) writes.push(createEvidence(type, rows));
  }
  const successions = successionLinks(reports.flatMap((r) => r.entities.Agency));
  if (successions.length) writes.push(linkSuccessions(successions));
  if (previouslySupported.length)
    writes.push(deleteUnsupportedEntities(previouslySupported), recomputeAliases(previouslySupported));
  return writes;
}
