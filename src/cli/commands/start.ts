/**
 * `kg start` (what `npm start` runs): the whole main job on a fresh machine. Starts the project's own Neo4j when
 * NEO4J_URI is unset, applies the graph schema, ingests seeds/ (unchanged reports are skipped quickly), and serves
 * the GraphQL API until SIGINT/SIGTERM. The local Neo4j keeps running afterwards (`kg neo4j stop` stops it). A
 * taken API port ends it at once, before anything else (exit 2, one line).
 */
import path from "node:path";
import type { Command } from "commander";
import { listenProbe } from "../../api/http/listen-error.js";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { applySchema } from "../../graph/schema.js";
import { PROJECT_ROOT } from "../../local-neo4j/layout.js";
import { start } from "../../local-neo4j/server.js";
import { ingestExitCode, summaryLines } from "../ingest-summary.js";
import { ingestPaths } from "../ingest-run.js";
import { serveUntilSignal } from "../serve-api.js";

const say = (line: string) => console.log(`start: ${line}`);

export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("start Neo4j if none is configured, ingest seeds/, serve the GraphQL API")
    .option("--seeds <dir>", "folder of reports to ingest before serving", path.join(PROJECT_ROOT, "seeds"))
    .action(async (opts: { seeds: string }) => {
      const config = loadConfig();
      // a taken API port is refused before Neo4j is started or anything ingested (serving would fail at the end)
      await listenProbe(config.api.host, config.api.port);
      if (config.neo4j.managedLocally) await start(config.neo4j, (line) => say(`neo4j: ${line}`));
      else say(`using the Neo4j at ${config.neo4j.uri}`);

      const driver = createDriver(config.neo4j, { retry: "serve" });
      await applySchema(driver, config.neo4j.database);
      say(`ingesting ${opts.seeds}`);
      const summary = await ingestPaths([opts.seeds], { concurrency: 2, batchSize: 25 }, config, driver);
      for (const line of summaryLines(summary, false)) say(line);
      if (ingestExitCode(summary) !== 0) say("some seed reports failed (see above); serving what is in the graph");

      if (config.neo4j.managedLocally) say(`Neo4j Browser at http://localhost:${config.neo4j.local.httpPort}/browser/`);
      if (config.api.apiKeys.length === 0) say("no API_KEYS set: queries are open, mutations are refused");
      await serveUntilSignal(config, driver, say);
    });
}
