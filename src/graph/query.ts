/**
 * The one graph query runner: the `{cypher, params}` shape every query function returns, integer parameters,
 * driver values turned plain, and driver errors mapped (src/graph/errors.ts). `readRows` runs in a READ session
 * (routable to followers in a cluster), one auto-commit transaction in a session of its own, so concurrent callers
 * (DataLoader batches) stay independent. Write transactions (the loader) use `bindIntegers` and the same error
 * mapping themselves.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { withGraphErrors } from "./errors.js";
import { toPlain } from "./plain.js";

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export interface RunOptions {
  /** the transaction timeout; default: the server's */
  timeoutMs?: number;
}

/** JavaScript numbers go to Cypher as floats; SKIP, LIMIT and slices need integers, so whole numbers are sent as such. */
export function bindIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

async function run(
  driver: Driver,
  database: string,
  { cypher, params }: CypherQuery,
  mode: "READ" | "WRITE",
  options: RunOptions,
): Promise<Row[]> {
  return withGraphErrors(async () => {
    const session = driver.session({ database, defaultAccessMode: mode });
    try {
      const result = await session.run(
        cypher,
        bindIntegers(params),
        options.timeoutMs ? { timeout: options.timeoutMs } : {},
      );
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  });
}

export const readRows = (driver: Driver, database: string, query: CypherQuery, options: RunOptions = {}) =>
  run(driver, database, query, "READ", options);
