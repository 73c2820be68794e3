/**
 * Before any test: make sure the real Neo4j from config answers. When NEO4J_URI is unset, the project's own
 * local Neo4j is started (and stopped again afterwards only if this run started it).
 */
import { ensureGraphiqlBundle } from "../../src/api/http/graphiql-bundle.js";
import { loadConfig } from "../../src/config.js";
import { start, stop } from "../../src/local-neo4j/server.js";
import { ensureDist } from "./dist.js";

let startedHere = false;

export async function setup(): Promise<void> {
  // tests that run `node bin/kg.mjs` run dist/, as users do (the unit tier's setup may have done it already)
  if (ensureDist() === "built") console.log("[tests] compiled src/ into dist/");
  // the page tests load dist/graphiql/; a fresh clone has none until this (or `npm run build`) makes it
  if ((await ensureGraphiqlBundle()) === "built") console.log("[tests] bundled the GraphiQL page into dist/graphiql/");
  const config = loadConfig();
  if (!config.neo4j.managedLocally) return;
  // Only a server this run launched is stopped afterwards; one that was running (or starting) is left alone.
  const started = await start(config.neo4j, (line) => console.log(`[tests] neo4j: ${line}`));
  startedHere = started.launched === true;
}

export async function teardown(): Promise<void> {
  if (startedHere) await stop(loadConfig().neo4j, (line) => console.log(`[tests] neo4j: ${line}`));
}
