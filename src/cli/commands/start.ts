/**
 * `kg start` (what `npm start` runs): the whole main job on a fresh machine. Starts the project's own Neo4j when
 * NEO4J_URI is unset, applies the graph schema, ingests seeds/ (unchanged reports are skipped from their hash, in
 * seconds), and serves the GraphQL API until SIGINT/SIGTERM. On a fresh machine the slow steps overlap: the seeds
 * are extracted and the query page bundled while Maven fetches Neo4j and Neo4j starts. The local Neo4j keeps running afterwards (`kg neo4j stop` stops it). A
 * taken API port ends it at once, before anything else (exit 2, one line).
 */
import path from "node:path";
import type { Command } from "commander";
import { listenProbe } from "../../api/http/listen-error.js";
import { loadConfig } from "../../config.js";
import { createDriver } from "../../graph/driver.js";
import { applySchema } from "../../graph/schema.js";
import { PROJECT_ROOT } from "../../local-neo4j/layout.js";
import { localStoreIsNew, start } from "../../local-neo4j/server.js";
import { ingestExitCode, summaryLines } from "../ingest-summary.js";
import { ingestPaths } from "../ingest-run.js";
import { ensurePage, serveUntilSignal } from "../serve-api.js";

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
      // The query page's bundle (esbuild, in a process of its own) is built while Neo4j starts and the seeds load.
      const page = ensurePage(say);
      const driver = createDriver(config.neo4j, { retry: "serve" });
      const database = async () => {
        if (config.neo4j.managedLocally) await start(config.neo4j, (line) => say(`neo4j: ${line}`));
        else say(`using the Neo4j at ${config.neo4j.uri}`);
        await applySchema(driver, config.neo4j.database);
      };
      // A new local database holds no report to skip: the seeds are extracted while Maven fetches the jars and
      // Neo4j starts, and written once it answers. Otherwise the ingest waits for the database first and skips
      // what is stored unchanged.
      const overlap = config.neo4j.managedLocally && localStoreIsNew(config.neo4j);
      const databaseReady = overlap ? database() : undefined;
      if (!overlap) await database();
      say(`ingesting ${opts.seeds}${overlap ? " (extracting while Neo4j starts)" : ""}`);
      const summary = await ingestPaths([opts.seeds], { concurrency: 2, batchSize: 25, databaseReady }, config, driver);
      for (const line of summaryLines(summary, false)) say(line);
      if (ingestExitCode(summary) !== 0) say("some seed reports failed (see above); serving what is in the graph");
      await page;

      if (config.neo4j.managedLocally) say(`Neo4j Browser at http://localhost:${config.neo4j.local.httpPort}/browser/`);
      if (config.api.apiKeys.length === 0) say("no API_KEYS set: queries are open, mutations are refused");
      await serveUntilSignal(config, driver, say);
    });
}
