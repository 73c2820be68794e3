/**
 * Why a file was not ingested, in a few words a user can act on: the summary of `kg ingest` lists every file it
 * skipped (not a report type) or could not read as a report (empty, too large, binary, unreadable), so a folder
 * of PDFs no longer ends in a bare "0 of 0". (The skipped files get their reason in input-files.ts.)
 */
export interface NotIngested {
  file: string;
  reason: string;
}

/** Codes whose message says it all ("no such file or folder", "input is a PDF document, not a text report"). */
const SELF_EXPLAINING = new Set(["FILE_NOT_FOUND", "UNSUPPORTED_FILE_TYPE", "NOT_TEXT", "UNKNOWN_ENCODING"]);
const LABELS: Record<string, string> = {
  EMPTY_INPUT: "empty",
  TOO_LARGE: "too large",
  EACCES: "not readable",
  EPERM: "not readable",
  EISDIR: "not readable",
  EIO: "not readable",
};

/** `label: detail` from a failure's code and message; failures of other kinds keep their code. */
export function failureReason(code: string, message: string): string {
  if (SELF_EXPLAINING.has(code)) return message;
  const label = LABELS[code];
  if (!label) return `failed: ${code}: ${message}`;
  // a system error's message repeats its code and the path: "EACCES: permission denied, open '/x'"
  const detail = message.startsWith(`${code}: `) ? message.slice(code.length + 2).split(", ")[0]! : message;
  return detail === "input is empty" ? label : `${label}: ${detail}`;
}
