/**
 * The report id: what makes two ingests the same report. It is the hash of the text, normalized so that what
 * does not change the words does not change the id: the encoding (already decoded by pass 1), Unicode
 * compatibility forms (full-width letters, digits and punctuation, NFKC), and every kind of whitespace and line
 * break (including the ideographic space U+3000, zero-width spaces and a BOM). Two different texts never share
 * an id; the same text re-ingested is recognised as unchanged. Replacing a stored report is a separate,
 * explicit act (same sourceUrl or `replaces`, see src/graph/load/ingest.ts), never a consequence of the id.
 *
 * Before extractor 0.2.0 the id hashed issuer + title + year (or the source URL), so two years of one
 * government's reports without a title line shared an id and overwrote each other.
 */
import type { ReportMetadata } from "../types.js";
import { hashHex } from "../util/text.js";

const INVISIBLE = /[\s\u3000\u200b-\u200d\u2060\ufeff]+/gu;

/** The text as the id sees it: NFKC, without any whitespace. */
export function identityText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

/** report:<16 hex of sha256 of the identity text>. */
export function reportIdOfText(text: string): string {
  return `report:${hashHex("sha256", identityText(text)).slice(0, 16)}`;
}

/**
 * What "unchanged" compares: the normalized text the id hashes and, when given, the caller's metadata (a re-ingest
 * with a new --published or --meta row rewrites the report; the same text and metadata is skipped).
 */
export function contentHashOf(text: string, callerMeta: ReportMetadata): string {
  return hashHex("sha256", identityText(text) + metadataSuffix(callerMeta));
}

/** What contentHashOf appends to the identity text for the caller's metadata ("" when none). */
function metadataSuffix(callerMeta: ReportMetadata): string {
  const given = callerMetadataOf(callerMeta);
  return given
    ? `\u0000${JSON.stringify([given.title ?? "", given.publishedAt ?? "", given.issuer ?? "", given.sourceUrl ?? ""])}`
    : "";
}

/** The id and the contentHash together, from one identity text (one NFKC of the whole text, not two). */
export function reportIdentityOf(text: string, callerMeta: ReportMetadata): { id: string; contentHash: string } {
  return identityOf(identityText(text), callerMeta);
}

/**
 * The same from compactText(text), which pass 3 makes anyway: without its line breaks it is the identity text
 * (both are the NFKC text without any whitespace or zero-width character; compactText keeps only the line breaks).
 */
export function reportIdentityOfCompact(
  compact: string,
  callerMeta: ReportMetadata,
): { id: string; contentHash: string } {
  return identityOf(compact.replace(/\n/g, ""), callerMeta);
}

function identityOf(identity: string, callerMeta: ReportMetadata): { id: string; contentHash: string } {
  const suffix = metadataSuffix(callerMeta);
  const contentHash = hashHex("sha256", identity + suffix);
  // without caller metadata the two hash the same string
  const idHash = suffix ? hashHex("sha256", identity) : contentHash;
  return { id: `report:${idHash.slice(0, 16)}`, contentHash };
}

/** The fields of caller metadata (ReportMetadata). */
export const CALLER_FIELDS = ["title", "publishedAt", "issuer", "sourceUrl"] as const;

/**
 * The metadata the caller gave, as given (its string fields, untrimmed), or null when it gave none that is not
 * blank. Stored with the report so `kg ingest --reextract` can pass it back: the same metadata gives the same
 * extraction and the same contentHash.
 */
export function callerMetadataOf(callerMeta: ReportMetadata): ReportMetadata | null {
  if (!CALLER_FIELDS.some((key) => callerMeta[key]?.trim())) return null;
  const given: ReportMetadata = {};
  for (const key of CALLER_FIELDS) if (typeof callerMeta[key] === "string") given[key] = callerMeta[key];
  return given;
}

/** The text for reading years and names: NFKC, no spaces (1 9 9 8 年 is printed so), line breaks kept. */
export function compactText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[^\S\n]+|[\u200b-\u200d\u2060\ufeff]+/gu, "")
    .replace(/\n+/g, "\n");
}
