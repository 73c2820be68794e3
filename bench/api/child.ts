/**
 * Entry of one benchmarked server's own process: `child.ts <side> <config overrides as JSON>`. It starts the
 * server, tells the parent its URL over IPC, then reports its memory and CPU every second, so the parent can show
 * each server's cost on its own. The parent sends "stop" to end it.
 */
import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";
import type { Side } from "./queries.js";
import type { ChildMessage } from "./processes.js";
import type { ServerFactory } from "./server.type.js";

async function factoryFor(side: Side): Promise<ServerFactory> {
  switch (side) {
    case "ours": {
      // A variable specifier: src/api/server.ts is being written; the bench must typecheck before it exists.
      const specifier = "../../src/api/server.js";
      const { createApiServer } = (await import(specifier)) as { createApiServer: ServerFactory };
      return createApiServer;
    }
    case "raw":
      return (await import("./raw-cypher/server.js")).createRawCypherServer;
    case "neo4j-graphql":
      return (await import("./neo4j-graphql/server.js")).createNeo4jGraphqlServer;
    default:
      throw new Error(`unknown side ${String(side)}`);
  }
}

const send = (message: ChildMessage) => process.send?.(message);

async function main(): Promise<void> {
  const [side, overrides] = process.argv.slice(2) as [Side, string];
  const config = loadConfig(JSON.parse(overrides ?? "{}"));
  const driver = createDriver(config.neo4j, { retry: "serve" });
  const server = await (await factoryFor(side))(config, driver);
  let cpu = process.cpuUsage();
  const sample = () => {
    const m = process.memoryUsage();
    cpu = process.cpuUsage();
    send({
      type: "sample",
      at: Date.now(),
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      cpuUserUs: cpu.user,
      cpuSystemUs: cpu.system,
    });
  };
  const timer = setInterval(sample, 1000);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    await server.close();
    await driver.close();
    process.disconnect?.();
    // --cpu-prof writes its profile on a normal exit.
    process.exit(0);
  };
  process.on("message", (m) => {
    if (m === "stop") void stop();
    if (m === "sample") sample();
  });
  process.on("disconnect", () => void stop());
  send({ type: "ready", url: server.url, pid: process.pid });
}

main().catch((error: Error) => {
  send({ type: "failed", message: error.stack ?? error.message });
  process.exit(1);
});
