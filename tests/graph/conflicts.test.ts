/** retryConflicts: conflicts between concurrent loads are retried, other errors are not. */
import { describe, expect, it } from "vitest";
import { CONFLICT_MIN_ATTEMPTS, retryConflicts, StaleRead } from "../../src/graph/load/conflicts.js";
import { isDatabaseAway, toGraphError } from "../../src/graph/errors.js";

const deadlock = () =>
  Object.assign(new Error("deadlock"), { code: "Neo.TransientError.Transaction.DeadlockDetected" });

describe("retryConflicts", () => {
  it("retries a deadlock even when one attempt took longer than the whole budget", async () => {
    let attempts = 0;
    const result = await retryConflicts(async () => {
      attempts++;
      await new Promise((r) => setTimeout(r, 5));
      if (attempts < 3) throw deadlock();
      return "written";
    }, 1);
    expect({ result, attempts }).toEqual({ result: "written", attempts: 3 });
  });

  it("gives up after the minimum attempts once the budget is spent", async () => {
    let attempts = 0;
    await expect(
      retryConflicts(async () => {
        attempts++;
        throw deadlock();
      }, 0),
    ).rejects.toThrow("deadlock");
    expect(attempts).toBe(CONFLICT_MIN_ATTEMPTS);
  });

  it("retries a transaction that read what another changed before it held the locks, and calls it busy at last", async () => {
    let attempts = 0;
    const result = await retryConflicts(async () => {
      if (++attempts < 3) throw new StaleRead("report:x was deleted by another write while this one waited");
      return "written";
    });
    expect({ result, attempts }).toEqual({ result: "written", attempts: 3 });
    expect(toGraphError(new StaleRead("gone"))).toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    expect(isDatabaseAway(new StaleRead("gone"))).toBe(false);
  });

  it("does not retry an error that is no conflict", async () => {
    let attempts = 0;
    await expect(
      retryConflicts(async () => {
        attempts++;
        throw Object.assign(new Error("bad"), { code: "Neo.ClientError.Statement.SyntaxError" });
      }),
    ).rejects.toThrow("bad");
    expect(attempts).toBe(1);
  });
});
