/**
 * Ingest benchmark. DELETES EVERYTHING in the target database: run it against a database of its own, e.g.
 *
 *   LOCAL_NEO4J_DIR=/tmp/kg-ingest-bench LOCAL_NEO4J_BOLT_PORT=7690 LOCAL_NEO4J_HTTP_PORT=7477 node bin/kg.mjs neo4j start
 *   LOCAL_NEO4J_DIR=/tmp/kg-ingest-bench LOCAL_NEO4J_BOLT_PORT=7690 LOCAL_NEO4J_HTTP_PORT=7477 \
 *     npx tsx bench/ingest/run.ts --reports 1000,10000 --yes-wipe
 *
 * Generates synthetic report texts (generate.ts), extracts them on worker threads, prints their profile next to
 * the real corpus's, then for each size: wipe, floor (bare UNWIND … MERGE of the same rows), wipe, loader
 * (ingestReports: `--batch-size` reports per transaction, `--concurrency` batches at once, what `kg ingest`
 * does), and prints rates and the ratio.
 */
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { getHeapStatistics } from "node:v8";
import { loadConfig } from "../../src/config.js";
import type { ExtractedReport } from "../../src/extract/types.js";
import { createDriver } from "../../src/graph/driver.js";
import { ingestReports } from "../../src/graph/load/ingest.js";
import { applySchema } from "../../src/graph/schema.js";
import { CORPUS_DIR, NATIONAL_CORPUS_DIR, corpusProfile, profileOf, type Profile } from "./corpus-profile.js";
import { extractAll } from "./extract-pool.js";
import { wipe } from "../api/graph.js";
import { countGraph, floorLoad } from "./floor.js";
import { generateReports, PROFILES, type GeneratorProfile } from "./generate.js";

// Ten thousand extracted reports need a few GB of heap: re-run this script with a larger one.
if (getHeapStatistics().heap_size_limit < 5e9 && !process.env.KG_BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--max-old-space-size=8192", ...process.argv.slice(1)],
    {
      stdio: "inherit",
      env: { ...process.env, KG_BENCH_CHILD: "1" },
    },
  );
  process.exit(child.status ?? 1);
}

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "1000,10000" },
    seed: { type: "string", default: "20260101" },
    profile: { type: "string", default: "real" },
    concurrency: { type: "string", default: "2" },
    "batch-size": { type: "string", default: "25" },
    "yes-wipe": { type: "boolean", default: false },
    "skip-floor": { type: "boolean", default: false },
  },
});
if (!(PROFILES as readonly string[]).includes(values.profile)) {
  console.error(`--profile must be one of ${PROFILES.join(", ")}`);
  process.exit(2);
}
const profile = values.profile as GeneratorProfile;
const sizes = values.reports.split(",").map(Number);
const concurrency = Number(values.concurrency);
const batchSize = Number(values["batch-size"]);
const config = loadConfig();
const { uri, database } = config.neo4j;

if (!values["yes-wipe"]) {
  console.error(`\n  !!! This benchmark DELETES EVERYTHING in database "${database}" at ${uri} before each run. !!!`);
  console.error(
    "  Point it at a database of its own (see the comment at the top of bench/ingest/run.ts) and add --yes-wipe.\n",
  );
  process.exit(2);
}
console.log(`\n  !!! WIPING database "${database}" at ${uri} (--yes-wipe) !!!\n`);

const fmt = (p: Profile) =>
  `${p.reports} reports, ${p.chars} chars, ${p.entities} entities ${JSON.stringify(p.entitiesByType)}, ${p.relations} relations ` +
  `${JSON.stringify(p.relationsByType)}, shared-entity share ${p.sharedEntityShare}, extract ${p.extractMsPerReport} ms/report`;

console.log(`real corpora (per report): ${fmt(corpusProfile([CORPUS_DIR, NATIONAL_CORPUS_DIR]))}`);
const max = Math.max(...sizes);
let t = performance.now();
const generated = generateReports(max, Number(values.seed), profile);
const texts = generated.map((r) => r.text);
console.log(`generated ${max} texts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
t = performance.now();
let lastShown = 0;
const pool = await extractAll(
  texts,
  generated.map((r) => r.name),
  {
    timeoutMs: 20_000,
    onDone: (n) => {
      if (n - lastShown >= 1000 || n === max) {
        lastShown = n;
        process.stderr.write(`  extracted ${n}/${max}\n`);
      }
    },
  },
);
const extractSeconds = (performance.now() - t) / 1000;
const extracted = pool.extracted.filter((r): r is ExtractedReport => r !== null);
console.log(
  `extracted ${extracted.length}/${max} in ${extractSeconds.toFixed(1)} s (${pool.timedOut.length} timed out, ${pool.failed.length} failed)`,
);
console.log(
  `synthetic ${profile} (per report): ${fmt(
    profileOf(
      extracted,
      texts.reduce((s, x) => s + x.length, 0),
      extractSeconds * 1000,
    ),
  )}`,
);

const driver = createDriver(config.neo4j);
const rows: string[] = [];
try {
  for (const size of sizes) {
    const reports = extracted.slice(0, size);
    let floorSeconds = NaN;
    let floorCounts = { nodes: 0, relationships: 0, properties: 0 };
    if (!values["skip-floor"]) {
      await fresh();
      t = performance.now();
      await floorLoad(driver, database, reports);
      floorSeconds = (performance.now() - t) / 1000;
      floorCounts = await countGraph(driver, database);
      console.log(
        `[${size}] floor:  ${floorSeconds.toFixed(1)} s, ${floorCounts.nodes} nodes, ${floorCounts.relationships} relationships, ${floorCounts.properties} properties`,
      );
    }
    await fresh();
    t = performance.now();
    let next = 0;
    let failed = 0;
    const lane = async () => {
      while (next < reports.length) {
        const batch = reports.slice(next, next + batchSize);
        next += batch.length;
        const { results } = await ingestReports(
          driver,
          database,
          batch.map((extracted) => ({ extracted })),
        );
        failed += results.filter((r) => !r.ok).length;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    const seconds = (performance.now() - t) / 1000;
    const counts = await countGraph(driver, database);
    const ratio = seconds / floorSeconds;
    console.log(
      `[${size}] loader: ${seconds.toFixed(1)} s, ${(size / seconds).toFixed(1)} reports/s, ${(counts.nodes / seconds).toFixed(0)} nodes/s, ` +
        `${(counts.relationships / seconds).toFixed(0)} relationships/s; ${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.properties} properties; ` +
        `loader/floor = ${ratio.toFixed(2)}; ${failed} failed${floorCounts.nodes && JSON.stringify(floorCounts) !== JSON.stringify(counts) ? ` (COUNTS DIFFER FROM FLOOR: ${JSON.stringify(floorCounts)})` : ""}`,
    );
    rows.push(
      `| ${size} | ${seconds.toFixed(1)} | ${(size / seconds).toFixed(1)} | ${(counts.nodes / seconds).toFixed(0)} | ${(counts.relationships / seconds).toFixed(0)} | ${floorSeconds.toFixed(1)} | ${ratio.toFixed(2)} |`,
    );
  }
  console.log(
    `\n| reports | loader s | reports/s | nodes/s | relationships/s | floor s | loader/floor |\n|---|---|---|---|---|---|---|\n${rows.join("\n")}`,
  );
} finally {
  await driver.close();
}

async function fresh(): Promise<void> {
  await wipe(driver, database);
  await applySchema(driver, database);
}
