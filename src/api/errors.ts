/**
 * The API's one error scheme: every error a client sees carries `extensions.code` from ErrorCode.
 * Database errors are translated here, in one place; anything unexpected becomes INTERNAL without a stack
 * (outside development).
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { codeOf, graphqlCodeOf, type GraphqlCode } from "../errors.js";
import { GraphError, toGraphError } from "../graph/errors.js";

/** The codes a client sees: the GraphQL column of the one table (src/errors.ts). */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  INTERNAL: "INTERNAL",
} as const satisfies { [C in GraphqlCode]: C };
export type ErrorCode = GraphqlCode;

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

export class UnauthenticatedError extends ApiError {
  constructor(message = "an API key is required: send Authorization: Bearer <key>") {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class LimitExceededError extends ApiError {
  /** `details`: more extensions, e.g. which field and argument to reduce */
  constructor(
    limit: LimitName,
    max: number,
    message: string,
    httpStatus?: number,
    details: Record<string, unknown> = {},
  ) {
    super(ErrorCode.LIMIT_EXCEEDED, message, { ...details, limit, max }, httpStatus);
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

/**
 * Maps an error thrown below the resolvers (driver, loader, extractor) to the error the client sees. Driver
 * errors go through src/graph's toGraphError, the one mapping of Neo4j codes.
 */
export function toApiError(error: unknown, txTimeoutMs = 0): ApiError {
  if (error instanceof ApiError) return error;
  // a coded error from the extractor or the loader's input checks: bad input, the code as the reason
  const code = codeOf(error);
  if (code && !(error instanceof GraphError) && graphqlCodeOf(code) === "BAD_USER_INPUT") {
    return new BadUserInputError((error as Error).message, code === "BAD_USER_INPUT" ? {} : { reason: code });
  }
  const graphError = toGraphError(error);
  switch (graphError.code) {
    case "DATABASE_UNAVAILABLE":
      return new DatabaseUnavailableError();
    case "LIMIT_EXCEEDED":
      return /TimedOut/.test(graphError.neo4jCode ?? "")
        ? new LimitExceededError(
            "dbTxTimeoutMs",
            txTimeoutMs,
            "the database query took longer than the transaction timeout",
          )
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
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { development: boolean; txTimeoutMs: number },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const apolloCode = formatted.extensions?.code;
  let mapped: { message: string; extensions: Record<string, unknown> };
  if (original instanceof ApiError || (original instanceof GraphQLError && isOurCode(original.extensions?.code))) {
    const { http: _http, ...extensions } = (original as GraphQLError).extensions;
    mapped = { message: original.message, extensions };
  } else if (
    apolloCode === "GRAPHQL_PARSE_FAILED" ||
    apolloCode === "GRAPHQL_VALIDATION_FAILED" ||
    apolloCode === "BAD_USER_INPUT" ||
    apolloCode === "BAD_REQUEST"
  ) {
    mapped = { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
  } else if (
    apolloCode === "PERSISTED_QUERY_NOT_SUPPORTED" ||
    apolloCode === "PERSISTED_QUERY_NOT_FOUND" ||
    apolloCode === "OPERATION_RESOLUTION_FAILURE"
  ) {
    mapped = { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: apolloCode } };
  } else {
    const api = toApiError(original, options.txTimeoutMs);
    mapped = { message: api.message, extensions: { ...api.extensions } };
  }
  if (options.development && original instanceof Error && mapped.extensions.code === ErrorCode.INTERNAL) {
    mapped.extensions.stacktrace = (original.stack ?? "").split("\n");
  }
  return {
    message: mapped.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: mapped.extensions,
  };
}

function isOurCode(code: unknown): boolean {
  return typeof code === "string" && Object.hasOwn(ErrorCode, code);
}

/** The JSON body for errors answered before GraphQL runs (body too large, bad key, too many operations). */
export function httpErrorBody(error: ApiError): string {
  const { http: _http, ...extensions } = error.extensions;
  return JSON.stringify({ errors: [{ message: error.message, extensions }] });
}
