/** Exit codes of `kg`, from the one error-code table (src/errors.ts): 2 for bad input or configuration, 1 else. */
import { codeOf, exitCodeOf, isErrorCode } from "../errors.js";

export const isBadInput = (code: string): boolean => isErrorCode(code) && exitCodeOf(code) === 2;

export function exitCodeFor(error: unknown): { code: number; line: string } {
  const err = error instanceof Error ? error : new Error(String(error));
  const code = codeOf(err);
  const message = err.message.startsWith("config:") ? err.message : `error: ${err.message}`;
  if (code) return { code: exitCodeOf(code), line: message };
  // a system error (ENOENT, EACCES…) says what went wrong without a stack
  if (typeof (err as { code?: unknown }).code === "string") return { code: 1, line: message };
  return { code: 1, line: `error: internal: ${err.stack ?? err.message}` };
}
