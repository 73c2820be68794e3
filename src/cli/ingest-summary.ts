/** What `kg ingest` did, summed over files, and the exit code that follows from it. */
import type { WriteCounts } from "../graph/load/counters.js";
import type { ReportOutcome } from "../graph/load/ingest.js";
import { isBadInput } from "./exit-codes.js";
import { failureReason, type NotIngested } from "./not-ingested.js";

export interface IngestFailure {
  file: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  added: number;
  unchanged: number;
  replaced: number;
  /** not written: a later file of the run with the same sourceUrl replaced it (its notes name that report) */
  superseded: number;
  /** --dry-run: extracted, not written */
  extracted: number;
  failed: number;
  entities: number;
  relations: number;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
  failures: IngestFailure[];
  /** files of the folders and globs given that are not report files (never opened), with why */
  skipped: NotIngested[];
  /** per file, what its report lacks or resembles (ingest-notes.ts) */
  notes: { file: string; notes: string[] }[];
  /** reports without a year / without an issuer */
  noYear: number;
  noIssuer: number;
  /** reports that resemble a stored one they did not replace */
  lookAlikes: number;
}

export const emptySummary = (files: number): IngestSummary => ({
  files,
  added: 0,
  unchanged: 0,
  replaced: 0,
  superseded: 0,
  extracted: 0,
  failed: 0,
  entities: 0,
  relations: 0,
  nodesCreated: 0,
  relationshipsCreated: 0,
  seconds: 0,
  failures: [],
  skipped: [],
  notes: [],
  noYear: 0,
  noIssuer: 0,
  lookAlikes: 0,
});

export function addNotes(summary: IngestSummary, file: string, notes: string[]): void {
  summary.notes.push({ file, notes });
  if (notes.some((n) => n.startsWith("no year found"))) summary.noYear++;
  if (notes.some((n) => n.startsWith("no issuer found"))) summary.noIssuer++;
  if (notes.some((n) => n.startsWith("looks like"))) summary.lookAlikes++;
}

export function addOutcome(summary: IngestSummary, outcome: ReportOutcome): void {
  summary[outcome.status]++;
  if (outcome.status === "unchanged" || outcome.status === "superseded") return;
  summary.entities += outcome.entities;
  summary.relations += outcome.relations;
}

/** Adds what the database wrote (counted per transaction, which may hold several reports). */
export function addCounts(summary: IngestSummary, counts: WriteCounts): void {
  summary.nodesCreated += counts.nodesCreated;
  summary.relationshipsCreated += counts.relationshipsCreated;
}

export function addFailure(summary: IngestSummary, failure: IngestFailure): void {
  summary.failed++;
  summary.failures.push(failure);
}

/** Reports ingested, unchanged or (dry run) extracted: the files that went through. */
const wentThrough = (s: IngestSummary) => s.added + s.unchanged + s.replaced + s.superseded + s.extracted;

/**
 * 0 when nothing failed and something went through (or nothing was asked: a --reextract with nothing to redo); 2
 * when every failure was bad input, or when files were skipped and none went through (fix the files); 1
 * otherwise (retry may help).
 */
export function ingestExitCode(summary: IngestSummary): number {
  if (summary.failed === 0) return summary.skipped.length > 0 && wentThrough(summary) === 0 ? 2 : 0;
  return summary.failures.every((f) => isBadInput(f.code)) ? 2 : 1;
}

/** How many files the "not ingested" list names; --json lists them all. */
const LISTED = 20;

/** Every file skipped or failed, with why: failures first (in the order met), then skipped files by path. */
export function notIngested(s: IngestSummary): NotIngested[] {
  return [...s.failures.map((f) => ({ file: f.file, reason: failureReason(f.code, f.message) })), ...s.skipped];
}

export function summaryLines(s: IngestSummary, dryRun: boolean): string[] {
  const skipped = s.skipped.length ? `, ${s.skipped.length} skipped` : "";
  const superseded = s.superseded ? `${s.superseded} superseded, ` : "";
  const head = dryRun
    ? `extracted ${s.extracted} of ${s.files} file(s) (dry run, nothing written), failed ${s.failed}${skipped}`
    : `reports: ${s.added} added, ${s.unchanged} unchanged, ${s.replaced} replaced, ${superseded}${s.failed} failed${skipped} (${s.files} file(s), ${s.seconds.toFixed(1)} s)`;
  const lines = [
    head,
    `entities: ${s.entities}, relations: ${s.relations}${dryRun ? "" : `; nodes created: ${s.nodesCreated}, relationships created: ${s.relationshipsCreated}`}`,
  ];
  const asks = [
    s.noYear ? `${s.noYear} without a year` : "",
    s.noIssuer ? `${s.noIssuer} without an issuer` : "",
    s.lookAlikes ? `${s.lookAlikes} resembling a stored report (kept both; see --replaces)` : "",
  ].filter(Boolean);
  if (asks.length) lines.push(`check: ${asks.join(", ")}; the lines above name the files`);
  const left = notIngested(s);
  if (left.length) {
    lines.push(`not ingested (${left.length} file(s)):`);
    for (const { file, reason } of left.slice(0, LISTED)) lines.push(`  ${file}: ${reason}`);
    if (left.length > LISTED) lines.push(`  … and ${left.length - LISTED} more (--json lists them all)`);
  }
  if (left.length && wentThrough(s) === 0)
    lines.push(`nothing ingested: none of the ${left.length} file(s) went in (the list above says why)`);
  return lines;
}
