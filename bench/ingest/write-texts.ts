/**
 * Writes generated report texts to a folder, so `kg ingest DIR` can be timed end to end (reading, extraction and
 * loading, what a user runs) on the same reports bench/ingest/run.ts loads pre-extracted:
 *
 *   npx tsx bench/ingest/write-texts.ts --reports 10000 --out /tmp/kg-real-10k [--profile real|small] [--seed 20260101]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateReports, PROFILES, type GeneratorProfile } from "./generate.js";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "10000" },
    out: { type: "string" },
    seed: { type: "string", default: "20260101" },
    profile: { type: "string", default: "real" },
  },
});
if (!values.out || !(PROFILES as readonly string[]).includes(values.profile)) {
  console.error(`usage: write-texts.ts --out DIR [--reports N] [--profile ${PROFILES.join("|")}] [--seed N]`);
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
let chars = 0;
const reports = generateReports(Number(values.reports), Number(values.seed), values.profile as GeneratorProfile);
for (const r of reports) {
  writeFileSync(join(values.out, r.name), r.text);
  chars += r.text.length;
}
console.log(`${reports.length} ${values.profile} reports, ${chars} characters, in ${values.out}`);
