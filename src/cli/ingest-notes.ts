/**
 * What the summary line of one file says besides its status: what the text did not give (Bad input: a year or
 * issuer it cannot read stays null, and the user is told how to give it), a year read from weak evidence only,
 * the reports it replaced (or the later file's that replaced it), and the look-alikes it did not replace with the
 * command that would.
 */
import type { ReportInfo } from "../extract/types.js";
import type { ReportOutcome } from "../graph/load/ingest.js";

export function ingestNotes(file: string, report: ReportInfo, outcome?: ReportOutcome): string[] {
  const notes: string[] = [];
  if (report.year == null) notes.push("no year found; pass --published or --meta");
  else if (report.yearFrom?.startsWith("weak:"))
    notes.push(
      `year ${report.year} read only from the year the text names most; check it, or pass --published or --meta`,
    );
  if (!report.issuer) notes.push("no issuer found; pass --issuer or --meta");
  if (report.titleInferred) notes.push(`no title line; title inferred: ${report.title || "(none)"}`);
  for (const id of outcome?.supersededIds ?? []) notes.push(`replaced ${id}`);
  if (outcome?.supersededBy) notes.push(`replaced by ${outcome.supersededBy}, a later file with the same sourceUrl`);
  for (const l of outcome?.lookAlikes ?? []) {
    notes.push(
      `looks like ${l.id} (${l.title ?? "untitled"}${l.sourcePath ? `, ${l.sourcePath}` : ""}): kept both; if this is a new version of it, run kg ingest ${JSON.stringify(file)} --replaces ${l.id}`,
    );
  }
  return notes;
}
