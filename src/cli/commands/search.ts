/**
 * `kg search TEXT`: entities whose name or alias matches, best first, through the graph's search
 * (src/graph/search.ts: full-text on names and aliases, a CONTAINS scan for one-character terms), with how often
 * reports mention each. Read-only.
 */
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { CodedError } from "../../errors.js";
import { ENTITY_LABELS } from "../../graph/model.js";
import { readRows } from "../../graph/query.js";
import { mentionCounts } from "../../graph/read/nodes.js";
import { ParamBinder, projectPlan } from "../../graph/read/projection.js";
import { entitySearch } from "../../graph/search.js";
import { countFlag, withGraph } from "../graph-session.js";
import { formatTable } from "../text-table.js";

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  score: number;
  /** reports that mention it, and how many times in all */
  reports: number;
  mentions: number;
}

async function search(driver: Driver, database: string, text: string, limit: number, labels: string[]) {
  const binder = new ParamBinder();
  const projection = projectPlan("node", { props: ["aliases"], relations: [] }, binder);
  const rows = await readRows(driver, database, entitySearch(text, limit, labels, projection, binder.params));
  const nodes = rows.map((r) => ({ node: r.node as Record<string, unknown>, score: Number(r.score) }));
  const ids = nodes.map((n) => n.node.id as string);
  const counts = new Map(
    ids.length ? (await readRows(driver, database, mentionCounts(ids))).map((r) => [r.id as string, r]) : [],
  );
  return nodes.map(({ node, score }): SearchHit => {
    const labelsOf = node.__labels as string[];
    return {
      id: node.id as string,
      label: ENTITY_LABELS.find((l) => labelsOf.includes(l)) ?? labelsOf[0] ?? "?",
      name: node.name as string,
      aliases: (node.aliases as string[] | null) ?? [],
      score,
      reports: Number(counts.get(node.id as string)?.reports ?? 0),
      mentions: Number(counts.get(node.id as string)?.count ?? 0),
    };
  });
}

export function searchLines(text: string, hits: SearchHit[]): string[] {
  if (!hits.length) return [`nothing matches "${text}"`];
  const rows = hits.map((h) => [
    h.label,
    h.name,
    String(h.reports),
    h.id,
    h.aliases.filter((a) => a !== h.name).join(", "),
  ]);
  return formatTable(["type", "name", "reports", "id", "aliases"], rows, new Set([2]));
}

function labelsFlag(value: string | undefined): string[] {
  if (!value) return [];
  const labels = value.split(",").map((l) => l.trim());
  for (const label of labels) {
    if (!(ENTITY_LABELS as readonly string[]).includes(label))
      throw new CodedError("BAD_USER_INPUT", `--type takes ${ENTITY_LABELS.join(", ")}; got "${label}"`);
  }
  return labels;
}

export function registerSearchCommand(program: Command): void {
  program
    .command("search")
    .description("find entities by name or alias (full-text): label, name, id, reports that mention them")
    .argument("<text...>", "words to find (every word must match)")
    .option("--type <labels>", `only these types, comma-separated (${ENTITY_LABELS.join(", ")})`)
    .option("--limit <n>", "most hits shown (1..100)", "20")
    .option("--json", "print a JSON array on stdout")
    .action(async (words: string[], flags: { type?: string; limit: string; json?: boolean }) => {
      const text = words.join(" ").trim();
      if (!text) throw new CodedError("BAD_USER_INPUT", "give some text to search for");
      const limit = countFlag(flags.limit, "--limit", 100);
      const labels = labelsFlag(flags.type);
      const hits = await withGraph((driver, database) => search(driver, database, text, limit, labels));
      if (flags.json) process.stdout.write(`${JSON.stringify(hits)}\n`);
      else for (const line of searchLines(text, hits)) console.log(line);
    });
}
