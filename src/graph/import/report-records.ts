/**
 * One report's part of a bulk import, from the loader's own rows (load/rows.ts reportRows, the rows `kg ingest`
 * writes): the CSV lines only this report contributes (its Report node, its ReportText, its Metric nodes, its
 * MENTIONS, ISSUED_BY, COVERS and evidence relationships), and the rows of the entities reports share (Agency, Law,
 * Program, Jurisdiction), which shared-entities.ts merges the way the loader's upserts do. Pure.
 *
 * The property types follow the loader's Cypher (load/queries.ts): Report properties and evidence through typed()
 * (INTEGER_PROPERTIES become integers), entity properties as sent (numbers are floats), MENTIONS.count and every
 * span through toInteger.
 */
import type { EntityType } from "../../extract/types.js";
import { ENTITY_LABELS, INTEGER_PROPERTIES } from "../model.js";
import { EVIDENCE_RELATIONSHIPS } from "../relation-specs.js";
import { assertPlainPropertyKeys } from "../load/queries.js";
import type { EntityRow, PropertyMap, ReportRows } from "../load/rows.js";
import { successionLinks, type SuccessionLink } from "../load/succession-links.js";
import { nodeLine, relationshipLine, typedValues, type CsvLine } from "./csv.js";

const NO_INTEGERS: ReadonlySet<string> = new Set();
const MENTION_INTEGERS: ReadonlySet<string> = new Set(["count", "spans"]);

export interface SharedEntityRow {
  label: EntityType;
  id: string;
  name: string;
  props: PropertyMap;
  aliases: string[];
}

/** A report's ISSUED_BY / COVERS end: the loader creates the node with this name when no entity row made it. */
export interface LinkEnd {
  label: "Agency" | "Jurisdiction";
  id: string;
  name: string;
}

export interface ReportRecords {
  reportId: string;
  lines: CsvLine[];
  shared: SharedEntityRow[];
  links: LinkEnd[];
  /** the succession lexicon's pairs this report's agencies are in (load/succession-links.ts) */
  successions: SuccessionLink[];
  /** the report's text, its (:ReportText) node's, written to files of its own (report-text-files.ts; null: the rows came without one) */
  text: string | null;
  nodes: number;
  relationships: number;
}

/** Sorted, without repeats, in code-point order (Cypher's ORDER BY on strings), as mergeAliases stores them. */
export function sortedAliases(aliases: Iterable<string>): string[] {
  return [...new Set(aliases)].sort(compareCodePoints);
}

export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * An entity node's CSV line: id, name, its label's properties, aliases and aliasText (the joined aliases). No
 * aliases: neither property (an empty array is no field, and aliasText '' would be a stored empty string), as the
 * loader's Cypher stores them.
 */
export function entityLine(
  label: EntityType,
  id: string,
  name: string,
  props: PropertyMap,
  aliases: string[],
): CsvLine {
  const values = typedValues(
    aliases.length ? { ...props, name, aliases, aliasText: aliases.join(" ") } : { ...props, name },
    NO_INTEGERS,
  );
  return nodeLine(`${label}:Entity`, id, values);
}

export function reportRecords(rows: ReportRows): ReportRecords {
  const reportId = rows.reportId;
  const lines: CsvLine[] = [nodeLine("Report", reportId, typedValues(rows.report, INTEGER_PROPERTIES))];
  const shared: SharedEntityRow[] = [];
  let nodes = 1;
  // The text is no line of these groups: kg import writes it to files of its own (report-text-files.ts), each
  // small enough for neo4j-admin's read buffer.
  if (rows.text !== null) nodes++;
  let relationships = 0;
  const mention = (row: EntityRow) => {
    const { count, spans, sections, aliases } = row.mention;
    lines.push(
      relationshipLine(
        "MENTIONS",
        reportId,
        row.id,
        typedValues({ count, spans, sections, aliases }, MENTION_INTEGERS),
      ),
    );
    relationships++;
  };
  for (const label of ENTITY_LABELS) {
    for (const row of rows.entities[label]) {
      if (label === "Metric") {
        // upsertEntities: `ON CREATE SET n.report = row.report` for metrics; one report per metric id
        lines.push(
          entityLine("Metric", row.id, row.name, { ...row.props, report: reportId }, sortedAliases(row.aliases)),
        );
        nodes++;
      } else shared.push({ label, id: row.id, name: row.name, props: row.props, aliases: row.aliases });
      mention(row);
    }
  }
  const links: LinkEnd[] = [];
  if (rows.issuedBy) {
    links.push({ label: "Agency", ...rows.issuedBy });
    lines.push(relationshipLine("ISSUED_BY", reportId, rows.issuedBy.id, []));
    relationships++;
  }
  if (rows.covers) {
    links.push({ label: "Jurisdiction", ...rows.covers });
    lines.push(relationshipLine("COVERS", reportId, rows.covers.id, []));
    relationships++;
  }
  for (const type of EVIDENCE_RELATIONSHIPS) {
    const evidence = rows.evidence[type] ?? [];
    assertPlainPropertyKeys(evidence.flatMap((r) => Object.keys(r.props)));
    for (const row of evidence) {
      lines.push(relationshipLine(type, row.from, row.to, typedValues(row.props, INTEGER_PROPERTIES)));
      relationships++;
    }
  }
  const successions = successionLinks(rows.entities.Agency);
  return { reportId, lines, shared, links, successions, nodes, relationships, text: rows.text };
}
