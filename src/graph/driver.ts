/**
 * The one Neo4j driver factory, and the smallest query that proves the database answers.
 *
 * The retry policy is chosen here, once per driver, by what the driver is for:
 * - "batch" (the CLI, the tests' helpers, benches): the driver retries transient errors (deadlocks between
 *   concurrent ingests, a database restarting) for up to 30 s inside `session.executeWrite`/`executeRead`;
 * - "serve" (the API): the driver never retries (its retry loop starts at a one-second pause, so a request sent
 *   while Neo4j was away waited 1-3 s); the API's circuit breaker (src/graph/read/availability.ts) retries an
 *   unreachable database with short pauses instead, and then fails at once until Neo4j answers again. The driver
 *   reconnects on its own once Neo4j is back.
 * Either way the loader's retryConflicts (src/graph/load/conflicts.ts) retries the conflicts between concurrent
 * loads that a driver retry does not cure (a MERGE that found an entity another transaction then deleted), and,
 * under "serve", deadlocks.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export type RetryPolicy = "batch" | "serve";

const POLICIES: Record<RetryPolicy, { maxTransactionRetryTime: number; acquisitionFactor: number; userAgent: string }> =
  {
    batch: { maxTransactionRetryTime: 30_000, acquisitionFactor: 2, userAgent: "govreport-kg" },
    serve: { maxTransactionRetryTime: 0, acquisitionFactor: 1, userAgent: "govreport-kg-api" },
  };

export interface DriverOptions {
  retry?: RetryPolicy;
  user?: string;
  password?: string;
}

export function createDriver(neo4jConfig: Config["neo4j"], options: DriverOptions = {}): Driver {
  const policy = POLICIES[options.retry ?? "batch"];
  return neo4j.driver(
    neo4jConfig.uri,
    neo4j.auth.basic(options.user ?? neo4jConfig.user, options.password ?? neo4jConfig.password),
    {
      connectionTimeout: neo4jConfig.connectTimeoutMs,
      connectionAcquisitionTimeout: neo4jConfig.connectTimeoutMs * policy.acquisitionFactor,
      maxTransactionRetryTime: policy.maxTransactionRetryTime,
      disableLosslessIntegers: true,
      userAgent: policy.userAgent,
    },
  );
}

/** Resolves with the server's version when a read query on `database` answers; rejects with the driver's error otherwise. */
export async function ping(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery(
    "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
    {},
    { database, routing: "READ" },
  );
  return String(result.records[0]?.get("version"));
}
