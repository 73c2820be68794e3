/**
 * The API's one error scheme: every error a client sees carries `extensions.code` from ErrorCode.
 * Database errors are translated here, in one place; anything unexpected becomes INTERNAL without a stack
 * (outside development).
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ExtractError } from "../extract/errors.js";
import { toGraphError } from "../graph/errors.js";

export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  LIMIT_EXCEEDED = "LIMIT_EXCEEDED",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  INTERNAL = "INTERNAL",
}

/** The named limits a LIMIT_EXCEEDED error can name in `extensions.limit`. */
export type LimitName =
  | "maxPageSize"
  | "maxQueryDepth"
  | "maxQueryComplexity"
  | "maxBodyBytes"
  | "maxBatchOperations"
  | "dbTxTimeoutMs"
  | "maxPathLength"
  | "maxNeighborhoodDepth"
  | "dbMemory";

export class ApiError extends GraphQLError {
  /** HTTP status for errors that refuse the whole request (Apollo reads `extensions.http` and strips it) */
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { ...extensions, code, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class BadUserInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

export class NotFoundError extends ApiError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} not found`, { id });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = "an API key is required: send Authorization: Bearer <key>") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class LimitExceededError extends ApiError {
  constructor(limit: LimitName, max: number, message: string, httpStatus?: number) {
    super(ErrorCode.LIMIT_EXCEEDED, message, { limit, max }, httpStatus);
  }
}

export class DatabaseUnavailableError extends ApiError {
  constructor() {
    super(ErrorCode.DATABASE_UNAVAILABLE, "the database is unavailable; try again shortly");
  }
}

export class InternalError extends ApiError {
  constructor() {
    super(ErrorCode.INTERNAL, "internal error");
  }
}

const EXTRACT_INPUT_CODES = new Set(["EMPTY_INPUT", "NOT_TEXT", "UNKNOWN_ENCODING", "TOO_LARGE", "BAD_METADATA"]);

/**
 * Maps an error thrown below the resolvers (driver, loader, extractor) to the error the client sees. Driver
 * errors go through src/graph's toGraphError, the one mapping of Neo4j codes.
 */
export function toApiError(error: unknown, txTimeoutMs = 0): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ExtractError || (error instanceof Error && EXTRACT_INPUT_CODES.has(String((error as { code?: unknown }).code)))) {
    return new BadUserInputError(error.message, { reason: (error as { code: string }).code });
  }
  const graphError = toGraphError(error);
  switch (graphError.code) {
    case "DATABASE_UNAVAILABLE":
      return new DatabaseUnavailableError();
    case "LIMIT_EXCEEDED":
      return /TimedOut/.test(graphError.neo4jCode ?? "")
        ? new LimitExceededError("dbTxTimeoutMs", txTimeoutMs, "the database query took longer than the transaction timeout")
        : new LimitExceededError("dbMemory", 0, "the database query needed more memory than allowed");
    case "BAD_USER_INPUT":
      return new BadUserInputError(graphError.message);
    case "INTERNAL":
      return new InternalError();
    default:
      return unreachable(graphError.code);
  }
}

function unreachable(x: never): never {
  throw new Error(`unexpected error code ${String(x)}`);
}

/**
 * Apollo's formatError: errors with one of our codes pass through; validation and parse errors keep Apollo's
 * codes mapped onto ours; everything else is logged by the caller and becomes INTERNAL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: { development: boolean; txTimeoutMs: number }): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const apolloCode = formatted.extensions?.code;
  let mapped: { message: string; extensions: Record<string, unknown> };
  if (original instanceof ApiError || (original instanceof GraphQLError && isOurCode(original.extensions?.code))) {
    const { http: _http, ...extensions } = (original as GraphQLError).extensions;
    mapped = { message: original.message, extensions };
  } else if (apolloCode === "GRAPHQL_PARSE_FAILED" || apolloCode === "GRAPHQL_VALIDATION_FAILED" || apolloCode === "BAD_USER_INPUT" || apolloCode === "BAD_REQUEST") {
    mapped = { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
  } else if (apolloCode === "PERSISTED_QUERY_NOT_SUPPORTED" || apolloCode === "PERSISTED_QUERY_NOT_FOUND" || apolloCode === "OPERATION_RESOLUTION_FAILURE") {
    mapped = { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
  } else {
    const api = toApiError(original, options.txTimeoutMs);
    mapped = { message: api.message, extensions: { ...api.extensions } };
  }
  if (options.development && original instanceof Error && mapped.extensions.code === ErrorCode.INTERNAL) {
    mapped.extensions.stacktrace = (original.stack ?? "").split("\n");
  }
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
}

function isOurCode(code: unknown): boolean {
  return typeof code === "string" && code in ErrorCode;
}

/** The JSON body for errors answered before GraphQL runs (body too large, bad key, too many operations). */
export function httpErrorBody(error: ApiError): string {
  const { http: _http, ...extensions } = error.extensions;
  return JSON.stringify({ errors: [{ message: error.message, extensions }] });
}
