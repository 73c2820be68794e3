/** One mapping from errors to exit codes: 2 for bad input or configuration, 1 for everything else. */
const BAD_INPUT_CODES = new Set([
  "BAD_CONFIG",
  "EMPTY_INPUT",
  "NOT_TEXT",
  "UNKNOWN_ENCODING",
  "TOO_LARGE",
  "BAD_USER_INPUT",
  // kg ingest / kg delete-report
  "FILE_NOT_FOUND",
  "UNSUPPORTED_FILE_TYPE",
  "REPORT_NOT_FOUND",
]);

export const isBadInput = (code: string): boolean => BAD_INPUT_CODES.has(code);

export function exitCodeFor(error: unknown): { code: number; line: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as { code?: unknown }).code;
  const message = err.message.startsWith("config:") ? err.message : `error: ${err.message}`;
  if (typeof code === "string" && BAD_INPUT_CODES.has(code)) return { code: 2, line: message };
  if (typeof code === "string") return { code: 1, line: message };
  return { code: 1, line: `error: internal: ${err.stack ?? err.message}` };
}
