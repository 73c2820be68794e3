/** The key check itself: Bearer only, every configured key, digests compared in constant time. */
import { describe, expect, it } from "vitest";
import { ApiKeys, hasKeyInQuery } from "../../src/api/http/api-keys.js";

const keys = new ApiKeys(["alpha-key", "a-much-longer-second-key"]);

describe("ApiKeys.check", () => {
  it.each([
    [undefined, "none"],
    ["", "none"],
    ["Bearer alpha-key", "valid"],
    ["bearer a-much-longer-second-key", "valid"],
    ["Bearer alpha-ke", "invalid"],
    ["Bearer alpha-key-and-more", "invalid"],
    ["Basic YWxwaGEta2V5", "invalid"],
    ["alpha-key", "invalid"],
    ["Bearer ", "invalid"],
  ] as const)("Authorization %j is %s", (header, expected) => {
    expect(keys.check(header)).toBe(expected);
  });

  it("accepts nothing when no key is configured", () => {
    expect(new ApiKeys([]).check("Bearer anything")).toBe("invalid");
  });
});

describe("hasKeyInQuery", () => {
  it("spots credentials in the query string", () => {
    expect(hasKeyInQuery(new URLSearchParams("api_key=x"))).toBe(true);
    expect(hasKeyInQuery(new URLSearchParams("query={stats{nodes{count}}}"))).toBe(false);
  });
});
