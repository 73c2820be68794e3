/**
 * The API's circuit breaker (src/graph/read/availability.ts) over a stand-in driver whose every query waits until
 * the test answers it, so the order in which overlapping probes end is the test's choice, not the machine's speed.
 * tests/api/availability.int.test.ts checks the same breaker against the real Neo4j.
 */
import type { Driver } from "neo4j-driver";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseAvailability } from "../../src/graph/read/availability.js";

/** A query sent to the stand-in driver, answered by the test. */
interface Pending {
  answer(): void;
  fail(): void;
}

const away = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), { code: "ServiceUnavailable" });

/**
 * A driver whose executeQuery (the probe's ping) stays pending until answered or failed through `pending`. The
 * ping sends its query before its first await, so the entry a probe adds is `pending.at(-1)` right after it starts.
 */
function standInDriver(): { driver: Driver; pending: Pending[] } {
  const pending: Pending[] = [];
  const executeQuery = () =>
    new Promise((resolve, reject) =>
      pending.push({
        answer: () => resolve({ records: [{ get: () => "5.26.0" }] }),
        fail: () => reject(away()),
      }),
    );
  return { driver: { executeQuery } as unknown as Driver, pending };
}

let availability: DatabaseAvailability | undefined;
afterEach(() => availability?.close());

/** A breaker that has found the database away: one request failed with nothing left of its retry budget. */
async function openBreaker(driver: Driver): Promise<DatabaseAvailability> {
  availability = new DatabaseAvailability(driver, "neo4j", { retryMs: 0, probeTimeoutMs: 60_000 });
  await expect(availability.run(() => Promise.reject(away()))).rejects.toThrow("ECONNREFUSED");
  expect(availability.available).toBe(false);
  return availability;
}

describe("DatabaseAvailability", () => {
  it("refuses requests without running them while the database is away", async () => {
    const breaker = await openBreaker(standInDriver().driver);
    let ran = 0;
    await expect(breaker.run(async () => ++ran)).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    expect(ran).toBe(0);
  });

  it("stays closed when a probe that began earlier fails after a later probe found the database answering", async () => {
    const { driver, pending } = standInDriver();
    const breaker = await openBreaker(driver);
    const earlier = breaker.probe();
    const earlierPing = pending.at(-1)!;
    const later = breaker.probe();
    pending.at(-1)!.answer();
    expect(await later).toBe(true);
    expect(breaker.available).toBe(true);
    earlierPing.fail();
    expect(await earlier).toBe(false);
    expect(breaker.available).toBe(true);
    expect(await breaker.run(async () => "answered")).toBe("answered");
  });

  it("stays open when a probe that began earlier answers after a later probe found the database away", async () => {
    const { driver, pending } = standInDriver();
    const breaker = await openBreaker(driver);
    const earlier = breaker.probe();
    const earlierPing = pending.at(-1)!;
    const later = breaker.probe();
    pending.at(-1)!.fail();
    expect(await later).toBe(false);
    earlierPing.answer();
    expect(await earlier).toBe(true);
    expect(breaker.available).toBe(false);
  });

  it("closes when the latest probe answers, whatever the probes before it said", async () => {
    const { driver, pending } = standInDriver();
    const breaker = await openBreaker(driver);
    const first = breaker.probe();
    pending.at(-1)!.fail();
    expect(await first).toBe(false);
    const second = breaker.probe();
    pending.at(-1)!.answer();
    expect(await second).toBe(true);
    expect(breaker.available).toBe(true);
  });
});
