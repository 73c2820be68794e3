/**
 * `kg reports`: every stored report, newest first: id, year, issuer, title and what it holds (entities per label,
 * relations it states). A table, or a JSON array with --json. Read-only.
 */
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { readRows } from "../../graph/query.js";
import { listNodes } from "../../graph/read/lists.js";
import { reportCounts } from "../../graph/read/report-counts.js";
import { withGraph } from "../graph-session.js";
import { formatTable } from "../text-table.js";

export interface ReportRow {
  id: string;
  year: number | null;
  issuer: string | null;
  title: string | null;
  counts: {
    agencies: number;
    laws: number;
    programs: number;
    jurisdictions: number;
    metrics: number;
    relations: number;
  };
}

const PAGE = 100;

async function allReports(driver: Driver, database: string): Promise<ReportRow[]> {
  const out: ReportRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const query = listNodes({
      label: "Report",
      filter: {},
      sort: "YEAR",
      direction: "DESC",
      offset,
      limit: PAGE,
      plan: { props: ["title", "year", "issuer"], relations: [] },
      withTotal: false,
    });
    const [row] = await readRows(driver, database, query);
    // each item is {node, sortValue} (lists.ts)
    const nodes = (
      (row?.nodes ?? []) as { node: { id: string; title?: string; year?: number; issuer?: string } }[]
    ).map((item) => item.node);
    if (!nodes.length) break;
    const counts = new Map(
      (await readRows(driver, database, reportCounts(nodes.map((n) => n.id)))).map((r) => [r.id as string, r]),
    );
    for (const n of nodes) {
      const c = counts.get(n.id) ?? {};
      const num = (k: string) => Number(c[k] ?? 0);
      out.push({
        id: n.id,
        year: n.year ?? null,
        issuer: n.issuer ?? null,
        title: n.title ?? null,
        counts: {
          agencies: num("Agency"),
          laws: num("Law"),
          programs: num("Program"),
          jurisdictions: num("Jurisdiction"),
          metrics: num("Metric"),
          relations: num("relations"),
        },
      });
    }
    if (nodes.length < PAGE) break;
  }
  return out;
}

export function reportLines(reports: ReportRow[]): string[] {
  if (!reports.length) return ["no reports in the graph (kg ingest FILE… adds some)"];
  const rows = reports.map((r) => [
    r.id,
    r.year == null ? "?" : String(r.year),
    r.issuer ?? "?",
    ...Object.values(r.counts).map(String),
    r.title ?? "",
  ]);
  const header = ["id", "year", "issuer", "agencies", "laws", "programs", "places", "figures", "relations", "title"];
  return [...formatTable(header, rows, new Set([3, 4, 5, 6, 7, 8])), `${reports.length} report(s)`];
}

export function registerReportsCommand(program: Command): void {
  program
    .command("reports")
    .description("list the stored reports, newest first: id, year, issuer, title, entities and relations")
    .option("--json", "print a JSON array on stdout")
    .action(async (flags: { json?: boolean }) => {
      const reports = await withGraph(allReports);
      if (flags.json) process.stdout.write(`${JSON.stringify(reports)}\n`);
      else for (const line of reportLines(reports)) console.log(line);
    });
}
