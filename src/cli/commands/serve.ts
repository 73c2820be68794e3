/** `kg serve`: the GraphQL API at http://HOST:PORT/graphql over the Neo4j from config. */
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { applySchema } from "../../graph/schema.js";
import { serveUntilSignal } from "../serve-api.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the GraphQL API (GET /graphql in a browser opens a query page; /health, /ready for probes)")
    .option("--host <host>", "interface to listen on (HOST)")
    .option("--port <port>", "port (PORT)")
    .action(async (opts: { host?: string; port?: string }) => {
      const config = loadConfig({
        ...(opts.host ? { HOST: opts.host } : {}),
        ...(opts.port ? { PORT: opts.port } : {}),
      });
      const driver = createDriver(config.neo4j, { retry: "serve" });
      // Indexes (full-text search among them) must exist; applying is idempotent. A database that is down now
      // is not fatal: the API answers DATABASE_UNAVAILABLE and /ready says 503 until it is back.
      await applySchema(driver, config.neo4j.database).catch((error: unknown) => {
        console.error(`serve: could not apply the Neo4j schema now (${(error as Error).message}); continuing`);
      });
      await serveUntilSignal(config, driver, (line) => console.log(`serve: ${line}`));
    });
}
