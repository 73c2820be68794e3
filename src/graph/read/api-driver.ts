/**
 * The driver the API serves with. Unlike the loader's driver it gives up quickly when Neo4j is away: a GraphQL
 * request should answer DATABASE_UNAVAILABLE in a second or two, not sit in the driver's retry loop for 10-30 s.
 * The driver reconnects on its own once Neo4j is back, so the API recovers without a restart.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../../config.js";

export function createApiDriver(config: Config): Driver {
  const n = config.neo4j;
  return neo4j.driver(n.uri, neo4j.auth.basic(n.user, n.password), {
    connectionTimeout: n.connectTimeoutMs,
    connectionAcquisitionTimeout: n.connectTimeoutMs,
    maxTransactionRetryTime: config.api.dbRetryMs,
    disableLosslessIntegers: true,
    userAgent: "govreport-kg-api",
  });
}
