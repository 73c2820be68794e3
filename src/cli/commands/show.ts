/**
 * `kg show ID`: one entity or report, readable: its properties, every relationship field of its type with the
 * targets (figures among them) and the sentences that state each, and the reports that mention it (for a report:
 * the entities it names most). `--json` gives the same as one object. An unknown id is one line and exit 2.
 * Read-only; the queries are src/graph/read's (node-detail.ts, nodes.ts, relations.ts).
 */
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { CodedError } from "../../errors.js";
import { NODE_LABELS, type NodeLabel } from "../../graph/model.js";
import { readRows } from "../../graph/query.js";
import { nodeDetail } from "../../graph/read/node-detail.js";
import { nodesByIds } from "../../graph/read/nodes.js";
import { prefetchKey } from "../../graph/read/projection.js";
import { mentionEdges } from "../../graph/read/relations.js";
import { relationFieldsOf } from "../../graph/relation-specs.js";
import { countFlag, withGraph } from "../graph-session.js";
import { truncateDisplay } from "../text-table.js";

type Props = Record<string, unknown>;

export interface EvidenceLine {
  report: string | null;
  sentence: string | null;
  section: string | null;
  sectionKind: string | null;
  start: number | null;
  end: number | null;
}

export interface RelatedItem {
  id: string;
  label: string;
  name: string;
  properties: Props;
  evidence: EvidenceLine[];
}

export interface NodeView {
  id: string;
  label: NodeLabel;
  name: string;
  properties: Props;
  relations: Record<string, { description: string | null; total: number; items: RelatedItem[] }>;
  /** an entity: the reports that mention it; a report: the entities it mentions most */
  mentions: { total: number; items: (RelatedItem & { count: number })[] };
}

/** Properties not shown as such: the id and name head the view, the rest are internals or too long to read. */
const HIDDEN = new Set(["id", "name", "aliasText", "sections", "contentHash", "__labels"]);

const labelOf = (labels: string[]): NodeLabel => NODE_LABELS.find((l) => labels.includes(l)) ?? "Report";

function split(node: Props): { id: string; label: NodeLabel; name: string; properties: Props } {
  const properties: Props = {};
  for (const k of Object.keys(node).sort()) {
    const v = node[k];
    if (!HIDDEN.has(k) && !k.startsWith("__") && v !== null && !(Array.isArray(v) && !v.length)) properties[k] = v;
  }
  return { id: node.id as string, label: labelOf(node.__labels as string[]), name: node.name as string, properties };
}

async function showNode(driver: Driver, database: string, id: string, limit: number): Promise<NodeView> {
  const [found] = await readRows(driver, database, nodesByIds([id], { props: [], relations: [] }));
  if (!found) throw new CodedError("NODE_NOT_FOUND", `no entity or report with id "${id}" (kg search NAME finds ids)`);
  const label = labelOf((found.node as Props).__labels as string[]);
  const [row] = await readRows(driver, database, nodeDetail(id, label, limit));
  const node = row!.node as Props;
  const relations: NodeView["relations"] = {};
  for (const spec of relationFieldsOf(label)) {
    const page = node[prefetchKey(spec.field)] as { edges: { node: Props; evidence: EvidenceLine[] }[]; total: number };
    relations[spec.field] = {
      description: spec.description ?? null,
      total: Number(page.total),
      items: page.edges.map((e) => ({ ...split(e.node), evidence: e.evidence })),
    };
  }
  const direction = label === "Report" ? "reportToEntities" : "entityToReports";
  const target = { props: ["title", "year", "label", "value", "unit"], relations: [] };
  const [mentioned] = await readRows(driver, database, mentionEdges(direction, [id], null, 0, limit, target));
  const mentions = {
    total: Number(mentioned?.total ?? 0),
    items: ((mentioned?.edges ?? []) as { node: Props; count: number }[]).map((e) => ({
      ...split(e.node),
      evidence: [],
      count: Number(e.count),
    })),
  };
  return { ...split(node), relations, mentions };
}

const EVIDENCE_SHOWN = 2;
const SENTENCE_WIDTH = 110;

const value = (v: unknown) => (Array.isArray(v) ? v.join(", ") : String(v));

function itemLine(item: RelatedItem): string {
  const p = item.properties;
  const what = item.label === "Report" ? `${p.year ?? "?"}  ${p.title ?? item.name}` : item.name;
  return `  ${what}  (${item.id})`;
}

export function showLines(view: NodeView): string[] {
  const lines = [`${view.label}  ${view.name}`, `  id: ${view.id}`];
  for (const [k, v] of Object.entries(view.properties)) lines.push(`  ${k}: ${value(v)}`);
  for (const [field, rel] of Object.entries(view.relations)) {
    if (!rel.total) continue;
    lines.push("", `${field}: ${rel.total}${rel.description ? ` — ${rel.description}` : ""}`);
    for (const item of rel.items) {
      lines.push(itemLine(item));
      for (const e of item.evidence.slice(0, EVIDENCE_SHOWN)) {
        const where = [e.report, e.sectionKind].filter(Boolean).join(", ");
        lines.push(`    “${truncateDisplay(e.sentence ?? "", SENTENCE_WIDTH)}”  [${where}]`);
      }
      if (item.evidence.length > EVIDENCE_SHOWN)
        lines.push(`    … ${item.evidence.length - EVIDENCE_SHOWN} more sentence(s) (--json lists them)`);
    }
    if (rel.total > rel.items.length) lines.push(`  … ${rel.total - rel.items.length} more (--limit)`);
  }
  const { total, items } = view.mentions;
  lines.push(
    "",
    view.label === "Report" ? `mentions: ${total} entities, most named first` : `mentioned in ${total} report(s)`,
  );
  for (const item of items) lines.push(`${itemLine(item)}  ×${item.count}`);
  if (total > items.length) lines.push(`  … ${total - items.length} more (--limit)`);
  return lines;
}

export function registerShowCommand(program: Command): void {
  program
    .command("show")
    .description("one entity or report by id: its properties, relations with their evidence, figures, reports")
    .argument("<id>", "a graph id, as kg search or kg reports print it (agency:…, law:…, report:…)")
    .option("--limit <n>", "most targets shown per relation, and reports (1..500)", "20")
    .option("--json", "print one JSON object on stdout")
    .action(async (id: string, flags: { limit: string; json?: boolean }) => {
      const limit = countFlag(flags.limit, "--limit", 500);
      const view = await withGraph((driver, database) => showNode(driver, database, id, limit));
      if (flags.json) process.stdout.write(`${JSON.stringify(view)}\n`);
      else for (const line of showLines(view)) console.log(line);
    });
}
