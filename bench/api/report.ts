/**
 * The report: a markdown page (and the JSON it is made from) under bench/results/, and the same page copied into
 * BENCHMARKS.md between two marker comments, so the prose around it stays hand-written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { QUERIES, type Side } from "./queries.js";
import { cell, checkGoals, ratio, type BenchResults } from "./summary.js";

const SIDE_TITLE: Record<Side, string> = { ours: "our API", raw: "raw Cypher", "neo4j-graphql": "@neo4j/graphql" };
const n0 = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? "–" : Math.round(x).toLocaleString("en-US");
const n1 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(1));
const n2 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(2));

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  const out: string[] = [];
  out.push(
    `## Results of ${results.startedAt.slice(0, 16).replace("T", " ")} UTC${results.quick ? " (quick mode: smoke test, not for conclusions)" : ""}`,
  );
  out.push("");
  out.push(`Command: \`${results.command}\``);
  out.push("");
  out.push(
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; ${m.java}; Neo4j ${m.neo4j} Community. ` +
      `Commit ${m.gitCommit}${m.gitDirty ? " (with uncommitted changes)" : ""}. Load average ${n2(m.loadAverage.start)} at start, ${n2(m.loadAverage.end)} at end.`,
  );
  out.push("");
  out.push(
    `Load: autocannon, ${s.connections} connections, ${s.durationSec} s per run after ${s.warmupSec} s warm-up` +
      (s.settleSec
        ? ` (and, once per size before the first round, ${s.settleSec} s of every query on every side, unmeasured)`
        : "") +
      `; ${s.rounds} round(s), sides alternating ` +
      `(the starting side rotates each round); figures are medians over rounds, ratios are medians of per-round ratios. ` +
      `Each server runs in its own process; "server CPU" is that process's CPU time per second of the run (1.0 = one core).`,
  );
  out.push("");
  out.push("### Graphs");
  out.push("");
  out.push(
    table(
      ["reports", "nodes", "relationships", "by label", "build (wipe+ingest)", "ingest reports/s", "generator"],
      results.sizes.map((z) => [
        n0(z.graph.reports),
        n0(z.graph.nodes),
        n0(z.graph.relationships),
        z.graph.labels.map((l) => `${l.label} ${n0(l.count)}`).join(", "),
        `${n1(z.graph.buildSeconds)} s`,
        `${n1(z.graph.ingestReportsPerSec)} (batches of 25, ${z.graph.ingestConcurrency} at once)`,
        z.graph.generator,
      ]),
    ),
  );
  out.push("");
  for (const z of results.sizes) {
    out.push(`### ${n0(z.size)} reports`);
    out.push("");
    const rows: string[][] = [];
    for (const q of QUERIES) {
      for (const side of s.sides) {
        const c = cell(z.measurements, z.size, q.name, side);
        const same = z.sameRows.find((r) => r.query === q.name && r.side === side);
        const via = side === "neo4j-graphql" && q.neo4jGraphqlVia === "@cypher" ? " (@cypher)" : "";
        rows.push([
          side === s.sides[0] ? q.name : "",
          `${SIDE_TITLE[side]}${via}`,
          n0(c?.reqPerSec),
          n1(c?.p50Ms),
          n1(c?.p99Ms),
          c ? String(c.errors) : "–",
          n2(c?.cpuCores),
          side === "ours" ? "" : n2(ratio(z.measurements, z.size, q.name, side)),
          same === undefined ? "–" : same.same ? "yes" : "**no**",
        ]);
      }
    }
    out.push(
      table(["query", "server", "req/s", "p50 ms", "p99 ms", "errors", "server CPU", "ours/this", "same rows"], rows),
    );
    out.push("");
    const ext = z.external;
    if (ext.ingest !== undefined)
      out.push(`Ingest bench (bench/ingest/run.ts) at ${n0(z.size)}: \`${JSON.stringify(ext.ingest)}\``, "");
    if (ext.missing.length) out.push(`Ingest bench not run: ${ext.missing.join("; ")}`, "");
  }
  if (results.extract) {
    out.push(
      `### Extractor (\`${results.extract.command}\`${results.extract.ok ? "" : ", FAILED"})`,
      "",
      "```",
      ...results.extract.lines,
      "```",
      "",
    );
  }
  if (results.memory) {
    const mem = results.memory;
    out.push(
      `### Memory of our API process over ${mem.seconds} s after ${mem.warmupSeconds ?? 0} s of warm-up (${n0(mem.size)} reports, all queries at once)`,
    );
    out.push("");
    const every = Math.max(1, Math.round(mem.samples.length / 12));
    const picked = mem.samples.filter((_, i) => i % every === 0 || i === mem.samples.length - 1);
    out.push(
      table(
        ["t (s)", ...picked.map((p) => n0(p.t))],
        [
          ["RSS MiB", ...picked.map((p) => n0(p.rssMb))],
          ["heap used MiB", ...picked.map((p) => n0(p.heapUsedMb))],
        ],
      ),
    );
    out.push("");
    const firstError = mem.firstError ? ` (first: \`${mem.firstError.slice(0, 200)}\`)` : "";
    out.push(
      `${n0(mem.requests)} requests, ${mem.errors} errors${firstError}. Verdict: ${mem.verdict.flat ? "flat" : "not flat"} (${mem.verdict.reason}).`,
    );
    out.push("");
  }
  out.push("### Goals");
  out.push("");
  out.push(
    table(
      ["goal", "met", "detail"],
      (results.goals ?? checkGoals(results)).map((g) => [
        g.goal,
        g.met === null ? "not checked" : g.met ? "yes" : "**no**",
        g.detail,
      ]),
    ),
  );
  out.push("");
  out.push("### What @neo4j/graphql does differently");
  out.push("");
  for (const q of QUERIES)
    if (q.note) out.push(`- ${q.name}${q.neo4jGraphqlVia === "@cypher" ? " (@cypher)" : ""}: ${q.note}`);
  out.push("");
  return out.join("\n");
}

export const BENCHMARKS_START = "<!-- bench:results:start -->";
export const BENCHMARKS_END = "<!-- bench:results:end -->";

/** Replaces what is between the markers of BENCHMARKS.md (or appends the markers if they are missing). */
export function spliceIntoBenchmarks(existing: string, markdown: string): string {
  const block = `${BENCHMARKS_START}\n${markdown.trimEnd()}\n${BENCHMARKS_END}`;
  const start = existing.indexOf(BENCHMARKS_START);
  const end = existing.indexOf(BENCHMARKS_END);
  if (start === -1 || end === -1 || end < start) return `${existing.trimEnd()}\n\n${block}\n`;
  return `${existing.slice(0, start)}${block}${existing.slice(end + BENCHMARKS_END.length)}`;
}

export interface WrittenReport {
  json: string;
  markdown: string;
  benchmarksMd?: string;
}

export function writeReport(
  results: BenchResults,
  options: { resultsDir: string; benchmarksMd?: string },
): WrittenReport {
  mkdirSync(options.resultsDir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-").slice(0, 19);
  const base = path.join(options.resultsDir, `${stamp}${results.quick ? "-quick" : ""}`);
  const markdown = renderMarkdown(results);
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${base}.md`, `${markdown}\n`);
  const written: WrittenReport = { json: `${base}.json`, markdown: `${base}.md` };
  if (options.benchmarksMd) {
    const existing = existsSync(options.benchmarksMd) ? readFileSync(options.benchmarksMd, "utf8") : "# Benchmarks\n";
    writeFileSync(options.benchmarksMd, spliceIntoBenchmarks(existing, markdown));
    written.benchmarksMd = options.benchmarksMd;
  }
  return written;
}
