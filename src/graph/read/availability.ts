/**
 * A circuit breaker between the API and Neo4j. While Neo4j answers, every query runs, and a query that cannot reach
 * it is tried again with short pauses for up to API_DB_RETRY_MS (a pooled connection may have died with a
 * restart). Once that budget is spent the database counts as away: from then on requests fail at once with
 * DATABASE_UNAVAILABLE, without waiting on a connection, and a background probe (the /ready query, every
 * PROBE_INTERVAL_MS) lets them through again as soon as Neo4j answers. Without it, each request sent while
 * Neo4j was stopping or starting sat in the driver's own retry loop for seconds.
 *
 * Deadlocks and other conflicts are not the database being away: the loader retries those itself
 * (src/graph/load/conflicts.ts), and they never open the breaker.
 *
 * Probes overlap (the background one and each /ready call), and on a busy machine one can end long after it began:
 * a probe's answer counts only when no probe that started after it has answered already. Without that, a probe
 * that timed out while Neo4j was starting reopened the breaker after a later /ready had found Neo4j answering and
 * closed it, and requests sent after that /ready 200 were refused.
 */
import type { Driver } from "neo4j-driver";
import { ping } from "../driver.js";
import { GraphError, isDatabaseAway, toGraphError } from "../errors.js";

export const PROBE_INTERVAL_MS = 500;
/** first pause before trying an unreachable database again; doubled each time */
const FIRST_PAUSE_MS = 50;

export interface AvailabilityOptions {
  /** how long one request keeps retrying an unreachable database before the breaker opens (API_DB_RETRY_MS) */
  retryMs: number;
  /** a probe that takes longer than this counts as failed */
  probeTimeoutMs: number;
}

export class DatabaseAvailability {
  private awaySince: number | null = null;
  private lastError = "";
  private probeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** probes started so far; each probe is numbered by this when it starts */
  private probesStarted = 0;
  /** the number of the latest-started probe whose answer has been taken */
  private latestProbeTaken = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: AvailabilityOptions,
  ) {}

  get available(): boolean {
    return this.awaySince === null;
  }

  /** Runs `work` unless the database is known to be away; an unreachable database is retried within the budget. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.refuseWhileAway();
    const started = Date.now();
    for (let pause = FIRST_PAUSE_MS; ; pause *= 2) {
      try {
        return await work();
      } catch (error) {
        if (!isDatabaseAway(error)) throw error;
        const spent = Date.now() - started;
        if (!this.available || spent + pause > this.options.retryMs) {
          this.markAway(error);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
        this.refuseWhileAway();
      }
    }
  }

  /** Asks Neo4j now (as /ready does) and records the answer: true when it answered within the probe timeout. */
  async probe(): Promise<boolean> {
    const number = ++this.probesStarted;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new GraphError("DATABASE_UNAVAILABLE", `no answer within ${this.options.probeTimeoutMs} ms`)),
        this.options.probeTimeoutMs,
      );
    });
    try {
      await Promise.race([ping(this.driver, this.database), timeout]);
      if (this.takeProbe(number)) this.markAvailable();
      return true;
    } catch (error) {
      if ((isDatabaseAway(error) || error instanceof GraphError) && this.takeProbe(number)) this.markAway(error);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.closed = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  /** True (and remembered) unless a probe that started after probe `number` has been taken already. */
  private takeProbe(number: number): boolean {
    if (number < this.latestProbeTaken) return false;
    this.latestProbeTaken = number;
    return true;
  }

  private refuseWhileAway(): void {
    if (this.awaySince === null) return;
    const seconds = Math.round((Date.now() - this.awaySince) / 1000);
    throw new GraphError(
      "DATABASE_UNAVAILABLE",
      `database unavailable for ${seconds} s (${this.lastError}); checking every ${PROBE_INTERVAL_MS} ms`,
    );
  }

  private markAway(error: unknown): void {
    this.lastError = toGraphError(error).message;
    if (this.awaySince !== null) return;
    this.awaySince = Date.now();
    this.scheduleProbe();
  }

  private markAvailable(): void {
    this.awaySince = null;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  private scheduleProbe(): void {
    if (this.closed || this.probeTimer) return;
    this.probeTimer = setTimeout(async () => {
      this.probeTimer = null;
      if (this.closed || this.available) return;
      await this.probe();
      // its own answer may have been overtaken by a later one (see takeProbe): the breaker's state decides
      if (!this.available) this.scheduleProbe();
    }, PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }
}
