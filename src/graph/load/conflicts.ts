/**
 * Concurrent loads of reports that share entities conflict in two ways the driver alone does not cure: deadlocks
 * and lock timeouts that outlast its retry window (the API's driver does not retry at all, so that an absent
 * database is reported fast), and a MERGE that found an entity another transaction then deleted
 * ("Unable to load NODE …", EntityNotFound: the other report was replaced and the entity lost its last support).
 * Both pass when the transaction runs again; an absent database (ServiceUnavailable) is not retried here.
 */
const CONFLICT =
  /^Neo\.TransientError\.Transaction\.(DeadlockDetected|LockAcquisitionTimeout|Outdated|LockClientStopped)$|^Neo\.ClientError\.Statement\.EntityNotFound$/;

/**
 * What a load transaction throws when it finds that another transaction changed what it read before it held the
 * locks: a report it locked was deleted while it waited for the lock, or a report it replaces was not among those
 * it locked. It carries the code Neo4j gives that condition itself ("Transaction has seen state which has been
 * invalidated by applied updates while transaction was active"), so it is retried here, and reported when the
 * retries run out, like a conflict the database found.
 */
export class StaleRead extends Error {
  override name = "StaleRead";
  readonly code = "Neo.TransientError.Transaction.Outdated";
}

/** how long a load keeps retrying conflicts before it gives up */
export const CONFLICT_RETRY_MS = 15_000;
/**
 * Attempts made whatever the time: a batch of real-sized reports on a busy machine runs longer than the budget, so a
 * budget alone gave up after its first deadlock (5 of the 80 corpus reports failed "database busy" at load 19).
 */
export const CONFLICT_MIN_ATTEMPTS = 5;

export async function retryConflicts<T>(work: () => Promise<T>, budgetMs = CONFLICT_RETRY_MS): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const spent = attempt >= CONFLICT_MIN_ATTEMPTS && Date.now() - started > budgetMs;
      if (typeof code !== "string" || !CONFLICT.test(code) || spent) throw error;
      // jittered exponential backoff, so the transactions that collided do not collide again in step
      await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}
