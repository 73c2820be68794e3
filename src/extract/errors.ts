/** Errors the extractor reports to callers; `code` is one of a fixed set so callers can branch on it. */
export const EXTRACT_ERROR_CODES = ["EMPTY_INPUT", "NOT_TEXT", "UNKNOWN_ENCODING", "TOO_LARGE"] as const;
export type ExtractErrorCode = (typeof EXTRACT_ERROR_CODES)[number];

export class ExtractError extends Error {
  override readonly name = "ExtractError";
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
