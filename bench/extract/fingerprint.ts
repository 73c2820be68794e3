/**
 * One hash of the extractor's full JSON output per input and one over all of them, so a speed change can show it
 * changed nothing: the seeds (seeds/*.txt, national-1954-2025, provincial-2026), tests/fixtures/corpus, the shared
 * dev reports when present, and generated real-sized reports. `extractorVersion` is left out of the hash (a version
 * bump alone changes no extraction); nothing else in the output depends on time or state.
 *   npx tsx bench/extract/fingerprint.ts [--generated N] [--list] [--rounds R]
 * Prints the overall hash and the CPU time (user+sys) of the extraction alone; with --rounds the extraction is
 * repeated R times and each round's CPU time printed, for before/after measurements.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractReport, type ReportMetadata } from "../../src/extract/index.js";
import { generateRealReport } from "../ingest/generate-real.js";

const { values: args } = parseArgs({
  options: {
    generated: { type: "string", default: "300" },
    list: { type: "boolean", default: false },
    rounds: { type: "string", default: "1" },
  },
});

interface Input {
  name: string;
  content: Buffer | string;
  meta?: ReportMetadata;
}

const CALLER_META: ReportMetadata = {
  title: "2020年某市人民政府工作报告",
  publishedAt: "2020-01-15",
  issuer: "湖北省荆州市人民政府",
  sourceUrl: "https://example.gov.cn/report",
};

const root = new URL("../../", import.meta.url).pathname;

function textFiles(dir: string): Input[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: join(dir, f), content: readFileSync(join(dir, f)) }));
}

function inputs(generated: number): Input[] {
  const files = [
    join(root, "seeds"),
    join(root, "seeds/national-1954-2025"),
    join(root, "seeds/provincial-2026"),
    join(root, "tests/fixtures/corpus"),
    join(root, "tests/fixtures/dev-reports"),
  ].flatMap(textFiles);
  const reports = Array.from({ length: generated }, (_, i) => {
    const r = generateRealReport(i, 15);
    // every tenth with caller metadata, which the contentHash, title, year and issuer read
    const meta = i % 10 === 9 ? CALLER_META : undefined;
    return { name: `generated-real/15/${i}${meta ? " +meta" : ""}`, content: r.text, meta };
  });
  return [...files, ...reports];
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

function fingerprint(input: Input): string {
  const out = extractReport(input.content, input.meta);
  const { extractorVersion: _version, ...report } = out.report;
  return sha(JSON.stringify({ ...out, report }));
}

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const all = inputs(Number(args.generated));
const chars = all.reduce((n, i) => n + (typeof i.content === "string" ? i.content.length : i.content.length / 3), 0);
let hashes: string[] = [];
for (let round = 1; round <= Number(args.rounds); round++) {
  let these: string[] = [];
  const seconds = cpuSeconds(() => (these = all.map(fingerprint)));
  console.log(
    `round ${round}: ${seconds.toFixed(2)} s CPU for ${all.length} inputs (~${(chars / 1e6).toFixed(1)} M chars)`,
  );
  // same text, same output, whatever was extracted before
  if (round > 1 && these.some((h, i) => h !== hashes[i])) throw new Error(`round ${round} gave other output`);
  hashes = these;
}
if (args.list) all.forEach((input, i) => console.log(`${hashes[i]}  ${input.name}`));
console.log(`overall ${sha(hashes.join("\n"))}`);
