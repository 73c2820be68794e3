/**
 * Two CSV tables in the shape Gephi's spreadsheet import (Data Laboratory > Import Spreadsheet) reads:
 *   nodes.csv  Id, Label, nodeType, then one column per node property
 *   edges.csv  Source, Target, Type, Label, then one column per relationship property
 * Id is the graph id, Label what the node shows (displayLabel), Type Gephi's edge direction ("Directed": every
 * relationship of the graph has one) and an edge's Label its relationship type (IMPLEMENTS, ...). Cells follow
 * RFC 4180: quoted when they hold a comma, a quote, a line break or leading or trailing space, quotes doubled,
 * lines ended by CRLF. With `bom`, each file starts with U+FEFF, which Excel needs to read UTF-8.
 */
import { displayLabel, nodeTypeOf, valueText, type ExportColumns, type PropertyColumn } from "./columns.js";
import type { ExportItem } from "./stream.js";

export const CSV_FILES = ["nodes.csv", "edges.csv"] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export interface CsvWriter {
  headers: Record<CsvFile, string>;
  item(item: ExportItem): { file: CsvFile; text: string };
}

export function csvWriter(columns: ExportColumns, options: { bom?: boolean } = {}): CsvWriter {
  const bom = options.bom ? "\uFEFF" : "";
  const names = (cols: PropertyColumn[]) => cols.map((c) => c.name);
  const cells = (cols: PropertyColumn[], props: Record<string, unknown>) =>
    cols.map((c) => valueText(props[c.property]) ?? "");
  return {
    headers: {
      "nodes.csv": bom + row(["Id", "Label", "nodeType", ...names(columns.node)]),
      "edges.csv": bom + row(["Source", "Target", "Type", "Label", ...names(columns.edge)]),
    },
    item(item) {
      if (item.kind === "node") {
        const fixed = [item.id, displayLabel(item), nodeTypeOf(item.labels)];
        return { file: "nodes.csv", text: row([...fixed, ...cells(columns.node, item.properties)]) };
      }
      const fixed = [item.from, item.to, "Directed", item.type];
      return { file: "edges.csv", text: row([...fixed, ...cells(columns.edge, item.properties)]) };
    },
  };
}

export const row = (values: string[]): string => `${values.map(csvCell).join(",")}\r\n`;

export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
