/** Failures of the local Neo4j set-up, each with a code and a message that says what to do. */
export type LocalNeo4jErrorCode =
  | "JAVA_MISSING"
  | "JAVA_VERSION"
  | "MAVEN_FAILED"
  // also in the error-code table (src/errors.ts), exit 2, as for the API's own port (src/api/http/listen-error.ts)
  | "PORT_TAKEN"
  | "START_FAILED"
  | "START_TIMEOUT"
  | "STOP_FAILED"
  // kg backup / kg restore: also in the error-code table (src/errors.ts) for their exit codes
  | "NOT_LOCAL"
  | "BAD_PATH"
  | "BACKUP_FAILED"
  | "BACKUP_NOT_FOUND"
  | "RESTORE_FAILED"
  // kg import (src/local-neo4j/bulk-import.ts)
  | "DATABASE_NOT_EMPTY"
  | "IMPORT_FAILED";

export class LocalNeo4jError extends Error {
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}
