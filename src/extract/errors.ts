/** Errors the extractor reports to callers; `code` is one of a fixed set (src/errors.ts) so callers can branch on it. */
import { CodedError } from "../errors.js";

export const EXTRACT_ERROR_CODES = ["EMPTY_INPUT", "NOT_TEXT", "UNKNOWN_ENCODING", "TOO_LARGE"] as const;
export type ExtractErrorCode = (typeof EXTRACT_ERROR_CODES)[number];

export class ExtractError extends CodedError<ExtractErrorCode> {
  override name = "ExtractError";
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
