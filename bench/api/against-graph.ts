/**
 * Loads chosen queries on chosen sides against the graph that is already in the database: no wipe, no build, no
 * report. For checking one change quickly (the full comparison is `npm run bench`):
 *
 *   NEO4J_URI=bolt://127.0.0.1:7690 npx tsx bench/api/against-graph.ts --queries nested,agencyByName --sides ours,raw,ours,raw --seconds 10
 *
 * Each side runs in its own process (as in run-all.ts), after a 2-second warm-up per query; list a side twice to
 * alternate rounds. Prints req/s, p50 and p99 per side and query.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";
import { pickArgs } from "./graph.js";
import { ServerProcess } from "./processes.js";
import { QUERIES, SIDES, type Side } from "./queries.js";
import { load, requestFor } from "./runner.js";

const { values } = parseArgs({
  options: {
    queries: { type: "string", default: QUERIES.map((q) => q.name).join(",") },
    sides: { type: "string", default: "ours,raw" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const sides = values.sides.split(",") as Side[];
const queries = QUERIES.filter((q) => values.queries.split(",").includes(q.name));
if (!sides.every((s) => SIDES.includes(s)) || !queries.length) {
  console.error(`--sides takes ${SIDES.join(", ")}; --queries takes ${QUERIES.map((q) => q.name).join(", ")}`);
  process.exit(2);
}

const config = loadConfig();
const driver = createDriver(config.neo4j);
const args = await pickArgs(driver, config.neo4j.database);
await driver.close();
for (const side of sides) {
  const server = await ServerProcess.start(side, { config: { NEO4J_URI: config.neo4j.uri } });
  try {
    for (const query of queries) {
      const request = requestFor(side, query, args, server.url);
      await load(request, Number(values.connections), 2);
      const r = await load(request, Number(values.connections), Number(values.seconds));
      console.log(
        `${side.padEnd(14)} ${query.name.padEnd(13)} ${r.reqPerSec.toFixed(0).padStart(5)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  errors ${r.errors}`,
      );
    }
  } finally {
    await server.stop();
  }
}
