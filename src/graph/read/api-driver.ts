/**
 * The driver the API serves with. Unlike the loader's driver it never retries on its own: its retry loop starts
 * at a one-second pause, so a request sent while Neo4j was away waited 1-3 s. The API's circuit breaker
 * (availability.ts) retries an unreachable database with short pauses instead, and then fails at once until Neo4j
 * answers again. The driver reconnects on its own once Neo4j is back, so the API recovers without a restart.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../../config.js";

export function createApiDriver(config: Config): Driver {
  const n = config.neo4j;
  return neo4j.driver(n.uri, neo4j.auth.basic(n.user, n.password), {
    connectionTimeout: n.connectTimeoutMs,
    connectionAcquisitionTimeout: n.connectTimeoutMs,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: true,
    userAgent: "govreport-kg-api",
  });
}
