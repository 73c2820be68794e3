/**
 * `kg serve` and `kg start` on an API port another process holds: one line naming the port, exit 2, and the
 * process ends by itself (it used to print EADDRINUSE and hang with Apollo and the driver still open).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kg } from "../reliability/support/kg-process.js";

let holder: Server;
let port = 0;

beforeAll(async () => {
  holder = createServer((_req, res) => res.end("not kg"));
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  port = (holder.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

const expectedLine = () =>
  new RegExp(
    `^error: port ${port} on 127\\.0\\.0\\.1 is already in use by another process; stop it, or choose another port`,
  );

describe("an API port that is already taken", () => {
  it("makes kg serve print one line and exit 2 on its own", async () => {
    const run = await kg(["serve", "--port", String(port)], { timeoutMs: 60_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expectedLine());
  });

  it("makes kg start stop before it starts Neo4j or ingests anything", async () => {
    const run = await kg(["start"], { env: { PORT: String(port) }, timeoutMs: 30_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(expectedLine())]);
  });
});
