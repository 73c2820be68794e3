/**
 * The extractor's public API: report text (bytes or string) -> canonical entities, typed
 * relations and sections, each with evidence offsets into the decoded text. Pure: no I/O.
 */
import { emptyDoc } from "./document.js";
import { decodeReport, DEFAULT_MAX_BYTES } from "./passes/01-decode.js";
import { runPasses } from "./pipeline.js";
import { assemble } from "./assemble.js";
import { reportIdentityOf } from "./identity/report-id.js";
import type { ExtractedReport, ReportMetadata } from "./types.js";

export { ExtractError } from "./errors.js";
export { decodeReport } from "./passes/01-decode.js";
export type * from "./types.js";

/** Bumped whenever the output for the same input may change, so stored graphs can be re-extracted. */
export const EXTRACTOR_VERSION = "0.2.20";

export interface ExtractOptions {
  /** largest input accepted, in bytes (default 20 MB) */
  maxBytes?: number;
}

export function extractReport(
  input: Buffer | string,
  meta: ReportMetadata = {},
  options: ExtractOptions = {},
): ExtractedReport {
  return extractReportAndText(input, meta, options).extracted;
}

/**
 * The extraction and the decoded text its offsets index (`text.slice(start, end)` is every evidence sentence), which
 * the loader stores for reading around a sentence. Decoding the input again would not do: a string is decoded
 * once more (a leading BOM dropped, HTML-looking text stripped), so only the text extraction ran on is sure to fit.
 */
export function extractReportAndText(
  input: Buffer | string,
  meta: ReportMetadata = {},
  options: ExtractOptions = {},
): { extracted: ExtractedReport; text: string } {
  const doc = runPasses(emptyDoc(decodedText(input, options), meta));
  return { extracted: assemble(doc, EXTRACTOR_VERSION), text: doc.text };
}

/**
 * What an ingest needs to tell a stored report unchanged, without extracting: the report's id and contentHash
 * (the same values extractReport gives), from the decoded text and the caller's metadata. Throws what
 * extractReport would throw for input it cannot decode.
 */
export function reportIdentity(
  input: Buffer | string,
  meta: ReportMetadata = {},
  options: ExtractOptions = {},
): { id: string; contentHash: string } {
  return reportIdentityOf(decodedText(input, options), meta);
}

/** The text every extraction entry point starts from: decoded within the size limit. */
const decodedText = (input: Buffer | string, options: ExtractOptions): string =>
  decodeReport(input, options.maxBytes ?? DEFAULT_MAX_BYTES).text;
