/**
 * API keys: accepted only in `Authorization: Bearer <key>`. Presented and configured keys are compared as
 * SHA-256 digests with timingSafeEqual, against every configured key (no early exit), so neither the key's
 * content nor its length leaks through timing. Keys are never logged.
 */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (key: string) => createHash("sha256").update(key, "utf8").digest();

/** Query-string parameters that look like credentials; a request carrying one is refused, not ignored. */
export const KEY_QUERY_PARAMS = ["api_key", "apikey", "apiKey", "key", "token", "access_token", "authorization"];

export type KeyCheck = "none" | "valid" | "invalid";

export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  /** "none" without an Authorization header; "invalid" for a malformed header or an unknown key. */
  check(authorization: string | undefined): KeyCheck {
    if (authorization === undefined || authorization === "") return "none";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return "invalid";
    const presented = digest(match[1]!);
    let ok = false;
    for (const known of this.digests) ok = timingSafeEqual(presented, known) || ok;
    return ok ? "valid" : "invalid";
  }
}

export function hasKeyInQuery(search: URLSearchParams): boolean {
  return KEY_QUERY_PARAMS.some((p) => search.has(p));
}
