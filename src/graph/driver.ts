/** The Neo4j driver, made from config in one place, and the smallest query that proves the database answers. */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";

export function createDriver(neo4jConfig: Config["neo4j"], overrides: { user?: string; password?: string } = {}): Driver {
  return neo4j.driver(neo4jConfig.uri, neo4j.auth.basic(overrides.user ?? neo4jConfig.user, overrides.password ?? neo4jConfig.password), {
    connectionTimeout: neo4jConfig.connectTimeoutMs,
    connectionAcquisitionTimeout: neo4jConfig.connectTimeoutMs * 2,
    // Long enough for deadlocks between concurrent ingests of overlapping reports to be retried away.
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: true,
    userAgent: "govreport-kg",
  });
}

/** Resolves with the server's version when a read query on `database` answers; rejects with the driver's error otherwise. */
export async function ping(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS version", {}, { database, routing: "READ" });
  return String(result.records[0]?.get("version"));
}
