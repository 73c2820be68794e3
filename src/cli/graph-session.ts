/** What the read-only commands (kg reports, kg search, kg show) share: a driver for one command, checked flags. */
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../config.js";
import { CodedError } from "../errors.js";
import { createDriver } from "../graph/driver.js";

/** Runs `work` with a driver to the configured Neo4j, closed afterwards whatever happens. */
export async function withGraph<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  try {
    return await work(driver, config.neo4j.database);
  } finally {
    await driver.close();
  }
}

/** A flag's whole number in 1..max, or a BAD_USER_INPUT line naming the flag. */
export function countFlag(value: string, flag: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CodedError("BAD_USER_INPUT", `${flag} must be 1..${max}`);
  return n;
}
