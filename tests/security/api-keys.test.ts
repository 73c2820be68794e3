/**
 * API keys are compared in constant time: every check hashes the presented key and compares it with every
 * configured key's hash through crypto.timingSafeEqual, whatever the key looks like and whether it matches, so
 * neither the content nor the length of a key shows in the time an answer takes. Proven by watching the calls
 * (timingSafeEqual wrapped in a spy) and by reading the source: no other comparison touches a key.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ lengths: [] as [number, number][] }));
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  const timingSafeEqual = (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
    calls.lengths.push([a.byteLength, b.byteLength]);
    return actual.timingSafeEqual(a, b);
  };
  return { ...actual, default: { ...actual, timingSafeEqual }, timingSafeEqual };
});

const { ApiKeys, KEY_QUERY_PARAMS, hasKeyInQuery } = await import("../../src/api/http/api-keys.js");

const KEYS = ["k3y-alpha-0123456789", "k3y-bravo-9876543210", "short"];
const keys = new ApiKeys(KEYS);

beforeEach(() => {
  calls.lengths = [];
});

describe("API key comparison", () => {
  it.each([
    ["the first configured key", `Bearer ${KEYS[0]}`, "valid"],
    ["the last configured key", `Bearer ${KEYS[2]}`, "valid"],
    ["a key differing in its last character", `Bearer ${KEYS[0]!.slice(0, -1)}X`, "invalid"],
    ["a key differing in its first character", `Bearer X${KEYS[0]!.slice(1)}`, "invalid"],
    ["a prefix of a key", `Bearer ${KEYS[0]!.slice(0, 5)}`, "invalid"],
    ["a key with a suffix", `Bearer ${KEYS[1]}0`, "invalid"],
    ["a very long key", `Bearer ${"x".repeat(10_000)}`, "invalid"],
    ["two keys joined by a comma", `Bearer ${KEYS[0]},${KEYS[1]}`, "invalid"],
  ])(
    "compares %s with every configured key through timingSafeEqual on equal-length digests",
    (_what, header, verdict) => {
      expect(keys.check(header)).toBe(verdict);
      expect(calls.lengths).toEqual(KEYS.map(() => [32, 32]));
    },
  );

  it.each([
    ["Basic credentials", `Basic ${Buffer.from(`user:${KEYS[0]}`).toString("base64")}`],
    ["an empty Bearer", "Bearer "],
    ["a key without the scheme", KEYS[0]!],
    ["a key with a space inside", `Bearer ${KEYS[0]} extra`],
  ])("treats %s as an invalid key", (_what, header) => {
    expect(keys.check(header)).toBe("invalid");
  });

  it("accepts the scheme in any case, as RFC 7235 says", () => {
    expect(keys.check(`bearer ${KEYS[0]}`)).toBe("valid");
  });

  it("refuses everything when no key is configured", () => {
    expect(new ApiKeys([]).check(`Bearer ${KEYS[0]}`)).toBe("invalid");
  });

  it("recognises keys sent in the query string under the usual names", () => {
    for (const name of ["api_key", "apikey", "apiKey", "key", "token", "access_token"]) {
      expect(KEY_QUERY_PARAMS).toContain(name);
      expect(hasKeyInQuery(new URLSearchParams(`${name}=abc`))).toBe(true);
    }
    expect(hasKeyInQuery(new URLSearchParams("query={stats{nodes{count}}}"))).toBe(false);
  });
});

describe("the source", () => {
  const API = new URL("../../src/api/", import.meta.url).pathname;
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    );

  it("compares keys only with timingSafeEqual, on digests, with no early exit", () => {
    const code = readFileSync(join(API, "http/api-keys.ts"), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).toMatch(/import \{[^}]*\btimingSafeEqual\b[^}]*\} from "node:crypto"/);
    expect(code).toMatch(/createHash\("sha256"\)/);
    // the loop goes through every digest: the comparison comes first, so `||` never skips it
    expect(code).toMatch(/for \(const \w+ of this\.digests\) ok = timingSafeEqual\([^)]*\) \|\| ok;/);
    expect(code).not.toMatch(
      /===\s*(presented|known|key)\b|\b(presented|known|key)\s*===|\.includes\(\s*(presented|key|match)|\.indexOf\(|localeCompare|\.equals\(/,
    );
  });

  it("reads the Authorization header in one place, the key check", () => {
    const readers = sources(API).filter((file) =>
      /req\.headers(\.authorization|\["authorization"\])/.test(readFileSync(file, "utf8")),
    );
    expect(readers.map((f) => f.slice(API.length))).toEqual(["http/handler.ts"]);
    expect(readFileSync(join(API, "http/handler.ts"), "utf8")).toMatch(/keys\.check\(req\.headers\.authorization\)/);
  });
});
