/**
 * Runs the API's read (and write) queries. One GraphReader per GraphQL request: it counts the queries it ran,
 * so tests can prove a nested request costs a bounded number of round trips, and it applies the transaction
 * timeout from config to every transaction. Every query is one auto-commit transaction in a session of its own
 * access mode (READ sessions are routable to followers in a cluster; one session per query keeps concurrent
 * DataLoader batches independent), run through the API's circuit breaker (availability.ts), which also decides
 * about retrying an unreachable database; nothing else retries.
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { DatabaseAvailability } from "./availability.js";
import { toPlain } from "./plain.js";

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export class GraphReader {
  /** number of queries sent to the database by this reader */
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
    /** the server's circuit breaker; without one (tests, tools) queries run directly */
    readonly availability?: DatabaseAvailability,
  ) {}

  read(query: CypherQuery): Promise<Row[]> {
    return this.run(query, "read");
  }

  write(query: CypherQuery): Promise<Row[]> {
    return this.run(query, "write");
  }

  private async run({ cypher, params }: CypherQuery, mode: "read" | "write"): Promise<Row[]> {
    this.queryCount++;
    const bound = integerParams(params);
    const once = async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: mode === "read" ? "READ" : "WRITE" });
      try {
        const result = await session.run(cypher, bound, { timeout: this.txTimeoutMs });
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      } finally {
        await session.close();
      }
    };
    return this.guarded(once);
  }

  /** Runs other database work (the loader's writes) through the same circuit breaker as the reads. */
  guarded<T>(work: () => Promise<T>): Promise<T> {
    return this.availability ? this.availability.run(work) : work();
  }
}

/** JavaScript numbers go to Cypher as floats; SKIP, LIMIT and slices need integers, so whole numbers are sent as such. */
function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v]));
}
