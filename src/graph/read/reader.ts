/**
 * Runs the API's reads. One GraphReader per GraphQL request: it counts the queries it ran, so tests can prove a
 * nested request costs a bounded number of round trips, and it applies the transaction timeout from config to
 * every read (src/graph/query.ts runs them). Everything goes through the API's circuit breaker (availability.ts),
 * which also decides about retrying an unreachable database; the API's driver itself never retries
 * (src/graph/driver.ts). Writes (the ingest and delete mutations) go through `write`, which hands the loader the
 * driver through the same breaker; the reader itself never writes.
 */
import type { Driver } from "neo4j-driver";
import { readRows, type CypherQuery, type Row } from "../query.js";
import type { DatabaseAvailability } from "./availability.js";

export class GraphReader {
  /** number of queries sent to the database by this reader */
  queryCount = 0;

  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
    /** the server's circuit breaker; without one (tests, tools) queries run directly */
    readonly availability?: DatabaseAvailability,
  ) {}

  read(query: CypherQuery): Promise<Row[]> {
    this.queryCount++;
    return this.guarded(() => readRows(this.driver, this.database, query, { timeoutMs: this.txTimeoutMs }));
  }

  /** Runs a write (the loader's ingestReport or deleteReport) through the same circuit breaker as the reads. */
  write<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
    return this.guarded(() => work(this.driver, this.database));
  }

  private guarded<T>(work: () => Promise<T>): Promise<T> {
    return this.availability ? this.availability.run(work) : work();
  }
}
