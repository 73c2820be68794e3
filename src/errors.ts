/**
 * The one error-code table of the project: every code an error can carry, from the extractor, the graph layer,
 * the configuration, the CLI or the API, with what a client sees (the GraphQL `extensions.code`, and the HTTP
 * status where the whole request is refused) and the exit code of `kg`. Nothing else lists codes.
 *
 * One way to raise a coded error: `throw new CodedError(code, message)` (ExtractError, GraphError and ConfigError
 * are CodedErrors with their layer's codes). Pure: the extractor imports it.
 */
export const ERROR_CODES = {
  // the extractor: the input is not a report it can read
  EMPTY_INPUT: { graphql: "BAD_USER_INPUT", exit: 2 },
  NOT_TEXT: { graphql: "BAD_USER_INPUT", exit: 2 },
  UNKNOWN_ENCODING: { graphql: "BAD_USER_INPUT", exit: 2 },
  TOO_LARGE: { graphql: "BAD_USER_INPUT", exit: 2 },
  // configuration (src/config.ts)
  BAD_CONFIG: { graphql: "INTERNAL", exit: 2 },
  // the CLI's inputs
  FILE_NOT_FOUND: { graphql: "BAD_USER_INPUT", exit: 2 },
  UNSUPPORTED_FILE_TYPE: { graphql: "BAD_USER_INPUT", exit: 2 },
  REPORT_NOT_FOUND: { graphql: "BAD_USER_INPUT", exit: 2 },
  NODE_NOT_FOUND: { graphql: "BAD_USER_INPUT", exit: 2 },
  // a port the API (kg serve, kg start) or the local Neo4j needs is taken by another process
  PORT_TAKEN: { graphql: "INTERNAL", exit: 2 },
  // a name given for an entity (a filter's jurisdiction or issuer, agency(name:) …) names none, or several
  UNKNOWN_NAME: { graphql: "BAD_USER_INPUT", exit: 2 },
  AMBIGUOUS_NAME: { graphql: "BAD_USER_INPUT", exit: 2 },
  // kg backup / kg restore (src/local-neo4j/backup.ts); BAD_PATH also for kg export --out
  NOT_LOCAL: { graphql: "INTERNAL", exit: 2 },
  BAD_PATH: { graphql: "BAD_USER_INPUT", exit: 2 },
  BACKUP_NOT_FOUND: { graphql: "BAD_USER_INPUT", exit: 2 },
  BACKUP_FAILED: { graphql: "INTERNAL", exit: 1 },
  RESTORE_FAILED: { graphql: "INTERNAL", exit: 1 },
  // kg import (src/local-neo4j/bulk-import.ts): a database with data in it is replaced only with --overwrite
  DATABASE_NOT_EMPTY: { graphql: "BAD_USER_INPUT", exit: 2 },
  IMPORT_FAILED: { graphql: "INTERNAL", exit: 1 },
  // the graph layer (src/graph/errors.ts says which database errors map to which) and the API
  BAD_USER_INPUT: { graphql: "BAD_USER_INPUT", exit: 2 },
  UNAUTHENTICATED: { graphql: "UNAUTHENTICATED", exit: 1 },
  LIMIT_EXCEEDED: { graphql: "LIMIT_EXCEEDED", exit: 1 },
  DATABASE_UNAVAILABLE: { graphql: "DATABASE_UNAVAILABLE", exit: 1 },
  INTERNAL: { graphql: "INTERNAL", exit: 1 },
} as const satisfies Record<string, { graphql: string; exit: 1 | 2 }>;

export type ErrorCodeName = keyof typeof ERROR_CODES;
/** The codes a GraphQL client can see in `extensions.code`. */
export type GraphqlCode = (typeof ERROR_CODES)[ErrorCodeName]["graphql"];

export class CodedError<C extends ErrorCodeName = ErrorCodeName> extends Error {
  override name = "CodedError";
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isErrorCode = (code: unknown): code is ErrorCodeName =>
  typeof code === "string" && Object.hasOwn(ERROR_CODES, code);

/** The code an error carries, if it is one of the table's. */
export function codeOf(error: unknown): ErrorCodeName | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return isErrorCode(code) ? code : undefined;
}

/** 2 for bad input or configuration, 1 for everything else. */
export const exitCodeOf = (code: ErrorCodeName): 1 | 2 => ERROR_CODES[code].exit;
export const graphqlCodeOf = (code: ErrorCodeName): GraphqlCode => ERROR_CODES[code].graphql;
