/**
 * The CPU a `kg import` extraction worker spends per report, on one thread: exactly its per-file work
 * (src/cli/import/extract-worker.ts: read, extractReportAndText, reportRows, reportRecords, groupByShape) and the
 * structured clone its postMessage makes, each stage timed with process.cpuUsage, plus one hash of every answer, so
 * a speed change can show it changed no output.
 *   npx tsx bench/import/worker-cpu.ts DIR... [--rounds R] [--limit N]
 * Files are the *.txt of each DIR, sorted; round 1 warms up, the figures printed are per report for each round.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractReportAndText } from "../../src/extract/index.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { reportRecords } from "../../src/graph/import/report-records.js";
import { groupByShape } from "../../src/graph/import/csv.js";
import { ingestNotes } from "../../src/cli/ingest-notes.js";

const { values: args, positionals: dirs } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "3" }, limit: { type: "string" } },
});

const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, args.limit ? Number(args.limit) : undefined)
    .map((f) => join(dir, f)),
);
const INGESTED_AT = "2026-12-07T00:00:00.000Z";
const STAGES = ["extract", "rows", "records", "group", "clone"] as const;
type Stage = (typeof STAGES)[number];

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function round(): { spent: Record<Stage, number>; hash: string } {
  const spent: Record<Stage, number> = { extract: 0, rows: 0, records: 0, group: 0, clone: 0 };
  const hash = createHash("sha256");
  for (const file of files) {
    const bytes = readFileSync(file);
    let t = cpu();
    const lap = (stage: Stage) => {
      const now = cpu();
      spent[stage] += now - t;
      t = now;
    };
    const { extracted, text } = extractReportAndText(bytes, {}, { maxBytes: 20_000_000 });
    lap("extract");
    // a fixed ingestedAt (the worker lets reportRows take the clock's), so two runs can hash the same
    const rows = reportRows(extracted, { sourcePath: file, text, ingestedAt: INGESTED_AT });
    lap("rows");
    const { lines, ...records } = reportRecords(rows);
    lap("records");
    const answer = {
      records: { ...records, groups: groupByShape(lines) },
      entities: rows.entityCount,
      relations: rows.relationCount,
      characters: extracted.report.bodyEnd,
      notes: ingestNotes(file, extracted.report),
    };
    lap("group");
    structuredClone(answer);
    lap("clone");
    hash.update(JSON.stringify(answer)).update("\n");
  }
  return { spent, hash: hash.digest("hex") };
}

const per = (ms: number) => (ms / files.length).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (label: string, total: number, stage: (s: Stage) => number) =>
  `${label}: ${per(total)} ms/report (${STAGES.map((s) => `${s} ${per(stage(s))}`).join(", ")}) over ${files.length} files`;

let first: string | undefined;
const warm: Record<Stage, number>[] = [];
for (let r = 1; r <= Number(args.rounds); r++) {
  const { spent, hash } = round();
  if (first !== undefined && hash !== first) throw new Error(`round ${r} gave other output`);
  first = hash;
  if (r > 1) warm.push(spent);
  console.log(
    summary(
      `round ${r}`,
      STAGES.reduce((n, s) => n + spent[s], 0),
      (s) => spent[s],
    ),
  );
}
if (warm.length)
  console.log(
    summary("median of rounds 2+", median(warm.map((spent) => STAGES.reduce((n, s) => n + spent[s], 0))), (s) =>
      median(warm.map((spent) => spent[s])),
    ),
  );
console.log(`output ${first}`);
