/**
 * Every error that leaves src/graph is a GraphError with one of four codes. Driver errors are mapped here and
 * nowhere else (like neo4j/graphql's Executor.formatError), so the CLI and the API can switch on `code` alone.
 *
 *   DATABASE_UNAVAILABLE  the database cannot be reached or used right now (ServiceUnavailable, SessionExpired,
 *                         connection refused/timeouts, authentication failure, database not found, transient
 *                         errors still failing after the driver's retries). Retrying later may help.
 *   BAD_USER_INPUT        the request itself is wrong (bad parameter value, type error, constraint violation,
 *                         full-text query the parser rejects). Retrying the same request will not help.
 *   LIMIT_EXCEEDED        the query ran into a limit: transaction timeout or memory limit.
 *   INTERNAL              anything else (including Cypher syntax errors: our queries are fixed, so that is a bug).
 */
import { CodedError } from "../errors.js";

export const GRAPH_ERROR_CODES = ["DATABASE_UNAVAILABLE", "BAD_USER_INPUT", "LIMIT_EXCEEDED", "INTERNAL"] as const;
export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export class GraphError extends CodedError<GraphErrorCode> {
  override name = "GraphError";
  /** the driver's or server's code (e.g. "Neo.ClientError.Schema.ConstraintValidationFailed"), for logs */
  readonly neo4jCode?: string;

  constructor(code: GraphErrorCode, message: string, options: { neo4jCode?: string; cause?: unknown } = {}) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.neo4jCode !== undefined) this.neo4jCode = options.neo4jCode;
  }
}

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);

const LIMIT_CODES = [
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
  "Neo.TransientError.General.OutOfMemoryError",
  "Neo.ClientError.General.TransactionOutOfMemoryError",
];

const BAD_INPUT_CODES = [
  "Neo.ClientError.Statement.ArgumentError",
  "Neo.ClientError.Statement.TypeError",
  "Neo.ClientError.Statement.ParameterMissing",
  "Neo.ClientError.Statement.ParameterNotProvided",
  "Neo.ClientError.Statement.EntityNotFound",
  "Neo.ClientError.Schema.ConstraintValidationFailed",
  "Neo.ClientError.Procedure.ProcedureCallFailed",
];

/** the database is not serving: stopped, starting, restarting, or the network to it gone (see isDatabaseAway) */
const AWAY_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.Database.DatabaseUnavailable",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

const UNAVAILABLE_CODES = [
  ...AWAY_CODES,
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Cluster.NotALeader",
];

/** Maps anything thrown by the driver (or by our own code) to a GraphError; GraphErrors pass through unchanged. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const err = error instanceof Error ? error : new Error(String(error));
  const rawCode = (err as { code?: unknown }).code;
  const code = typeof rawCode === "string" ? rawCode : undefined;
  const opts = { neo4jCode: code, cause: error };
  const message = firstLine(err.message);

  if (code && LIMIT_CODES.includes(code))
    return new GraphError("LIMIT_EXCEEDED", `query exceeded a database limit: ${message}`, opts);
  if (code && UNAVAILABLE_CODES.includes(code))
    return new GraphError("DATABASE_UNAVAILABLE", `database unavailable: ${message}`, opts);
  if (code && UNAVAILABLE_NODE_CODES.has(code))
    return new GraphError("DATABASE_UNAVAILABLE", `database unavailable: ${message}`, opts);
  if (code && BAD_INPUT_CODES.includes(code)) return new GraphError("BAD_USER_INPUT", message, opts);
  if (code?.startsWith("Neo.TransientError.")) {
    // Deadlocks and lock timeouts that survived the driver's retries: the database is too busy right now.
    return new GraphError("DATABASE_UNAVAILABLE", `database busy, try again: ${message}`, opts);
  }
  if (
    /connect(ion)? (refused|timed out|timeout)|Connection acquisition timed out|Failed to connect|Could not perform discovery|Pool is closed/i.test(
      err.message,
    )
  ) {
    return new GraphError("DATABASE_UNAVAILABLE", `database unavailable: ${message}`, opts);
  }
  return new GraphError("INTERNAL", message || "internal error", opts);
}

/**
 * True when `error` says the database cannot be reached or is not serving (stopped, starting, restarting, network
 * gone), as opposed to a request it refused or a conflict between transactions. Wrong credentials are not "away":
 * no retry or wait cures them. The API's circuit breaker (src/graph/read/availability.ts) opens on these alone.
 */
export function isDatabaseAway(error: unknown): boolean {
  const graphError = toGraphError(error);
  if (graphError.code !== "DATABASE_UNAVAILABLE") return false;
  const code = graphError.neo4jCode;
  if (code === undefined) return true;
  if (AWAY_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
  // connection failures the driver reports under codes of its own ("connection refused", "Pool is closed")
  return !code.startsWith("Neo.");
}

/** Runs `work` and rethrows whatever it throws as a GraphError. */
export async function withGraphErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGraphError(error);
  }
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? "";
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}
