/** One mapping of errors to the codes clients see; stack traces only in development. */
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ErrorCode, formatError, LimitExceededError, toApiError } from "../../src/api/errors.js";
import { ExtractError } from "../../src/extract/errors.js";
import { isDatabaseAway } from "../../src/graph/errors.js";

const neo4jError = (code: string, message = "boom") => new Neo4jError(message, code, "", "");

describe("toApiError", () => {
  it.each([
    ["ServiceUnavailable", ErrorCode.DATABASE_UNAVAILABLE],
    ["SessionExpired", ErrorCode.DATABASE_UNAVAILABLE],
    ["Neo.ClientError.Security.Unauthorized", ErrorCode.DATABASE_UNAVAILABLE],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", ErrorCode.LIMIT_EXCEEDED],
    ["Neo.ClientError.Statement.SyntaxError", ErrorCode.INTERNAL],
  ])("maps the driver's %s to %s", (code, expected) => {
    expect(toApiError(neo4jError(code)).extensions.code).toBe(expected);
  });

  it("maps a connection the server accepted but never answered (acquisition timeout, code N/A) to DATABASE_UNAVAILABLE", () => {
    // the driver's own words when Neo4j's port accepts connections while it starts or stops
    const error = neo4jError(
      "N/A",
      "Connection acquisition timed out in 1000 ms. Pool status: Active conn count = 0, Idle conn count = 0.",
    );
    expect(toApiError(error).extensions.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });

  it("names the transaction timeout as the limit", () => {
    const mapped = toApiError(neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), 15000);
    expect(mapped.extensions).toMatchObject({ limit: "dbTxTimeoutMs", max: 15000 });
  });

  it.each(["EMPTY_INPUT", "NOT_TEXT", "UNKNOWN_ENCODING", "TOO_LARGE"] as const)(
    "maps the extractor's %s to BAD_USER_INPUT",
    (code) => {
      expect(toApiError(new ExtractError(code, "bad text")).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        reason: code,
      });
    },
  );

  it("hides the message of an unexpected error", () => {
    const mapped = toApiError(new TypeError("secret internals at /srv/app.js"));
    expect(mapped.extensions.code).toBe("INTERNAL");
    expect(mapped.message).toBe("internal error");
  });
});

describe("formatError", () => {
  const unexpected = new GraphQLError("x is undefined", { originalError: new TypeError("x is undefined") });
  const formatted = {
    message: "x is undefined",
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["TypeError: x", "at f"] },
  };

  it("gives no stack trace outside development", () => {
    const out = formatError(formatted, unexpected, { development: false, txTimeoutMs: 1 });
    expect(out).toEqual({
      message: "internal error",
      locations: undefined,
      path: undefined,
      extensions: { code: "INTERNAL" },
    });
  });

  it("adds the stack trace in development", () => {
    const out = formatError(formatted, unexpected, { development: true, txTimeoutMs: 1 });
    expect(out.extensions?.stacktrace).toBeInstanceOf(Array);
  });

  it("keeps our own errors' code and limit, dropping the HTTP status hint", () => {
    const limit = new LimitExceededError("maxQueryComplexity", 5000, "too complex", 400);
    const out = formatError({ message: limit.message, extensions: limit.extensions }, limit, {
      development: false,
      txTimeoutMs: 1,
    });
    expect(out.extensions).toEqual({ code: "LIMIT_EXCEEDED", limit: "maxQueryComplexity", max: 5000 });
  });
});

describe("isDatabaseAway (what opens the API's circuit breaker)", () => {
  it.each([
    ["ServiceUnavailable", "Could not perform discovery", true],
    ["SessionExpired", "boom", true],
    ["Neo.TransientError.General.DatabaseUnavailable", "boom", true],
    ["N/A", "Connection acquisition timed out in 1000 ms.", true],
    ["Neo.ClientError.Security.Unauthorized", "wrong password", false],
    ["Neo.TransientError.Transaction.DeadlockDetected", "deadlock", false],
    ["Neo.ClientError.Statement.SyntaxError", "bad cypher", false],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "slow", false],
  ])("%s (%s) → %s", (code, message, away) => {
    expect(isDatabaseAway(neo4jError(code, message))).toBe(away);
  });

  it("counts a refused socket as away", () => {
    expect(
      isDatabaseAway(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), { code: "ECONNREFUSED" })),
    ).toBe(true);
  });
});
