/**
 * Extractor throughput on ≥ 10 MB of real text (tests/fixtures/corpus repeated), next to
 * @node-rs/jieba's cut and tag on the same text. Prints the figures and writes RESULTS.md.
 *   npx tsx bench/extract/run.ts
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { extractReport, EXTRACTOR_VERSION } from "../../src/extract/index.js";

const TARGET_BYTES = 10 * 1024 * 1024;
const corpusDir = new URL("../../tests/fixtures/corpus/", import.meta.url);
const texts = readdirSync(corpusDir)
  .sort()
  .map((f) => readFileSync(new URL(f, corpusDir), "utf8"));

const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const t of texts) {
    docs.push(t);
    bytes += Buffer.byteLength(t, "utf8");
  }
}
const chars = docs.reduce((n, d) => n + d.length, 0);

function time(label: string, run: () => void): number {
  run(); // warm-up on the same input: lexicons loaded, code compiled
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label}: ${seconds.toFixed(2)} s, ${(chars / seconds / 1e6).toFixed(2)} M chars/s`);
  return seconds;
}

console.log(
  `input: ${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${(chars / 1e6).toFixed(2)} M chars`,
);
let entities = 0;
const extractSeconds = time("extractReport (end to end)", () => {
  entities = 0;
  for (const d of docs) entities += extractReport(d).entities.length;
});
const jieba = Jieba.withDict(dict);
const cutSeconds = time("jieba cut", () => {
  for (const d of docs) jieba.cut(d, false);
});
const tagSeconds = time("jieba tag", () => {
  for (const d of docs) jieba.tag(d, false);
});

const rate = (s: number) => (chars / s / 1e6).toFixed(2);
const results = `# Extractor benchmark

Command: \`npx tsx bench/extract/run.ts\` (one process, one core; each figure is the second of two runs over the same input)

Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}
Extractor version: ${EXTRACTOR_VERSION}
Input: tests/fixtures/corpus (28 provincial government work reports, 2026) repeated to ${docs.length} documents,
${(bytes / 1024 / 1024).toFixed(1)} MB UTF-8, ${(chars / 1e6).toFixed(2)} M chars; ${entities} entities extracted.

| what | seconds | M chars/s |
| --- | --- | --- |
| extractReport, end to end (decode, passes, assemble) | ${extractSeconds.toFixed(2)} | ${rate(extractSeconds)} |
| @node-rs/jieba 2.0.3 cut (HMM off) | ${cutSeconds.toFixed(2)} | ${rate(cutSeconds)} |
| @node-rs/jieba 2.0.3 tag | ${tagSeconds.toFixed(2)} | ${rate(tagSeconds)} |

Ratio extractor / jieba cut: ${(cutSeconds / extractSeconds).toFixed(2)}× (above 1 means the extractor is faster); extractor / jieba tag: ${(tagSeconds / extractSeconds).toFixed(2)}×.
Goal: ≥ 1 M chars/s on one core.
`;
writeFileSync(new URL("RESULTS.md", import.meta.url), results);
console.log(
  `ratio extractor/jieba cut: ${(cutSeconds / extractSeconds).toFixed(2)}x, extractor/jieba tag: ${(tagSeconds / extractSeconds).toFixed(2)}x`,
);
