/**
 * The export formats, each a writer that turns exported items into text as they stream by:
 *   jsonl    one JSON object per line: {"kind":"node",...} or {"kind":"relationship",...} (one file)
 *   graphml  GraphML with typed attributes (graphml.ts; one file)
 *   csv      nodes.csv and edges.csv for Gephi's spreadsheet import (csv.ts; two files in a folder)
 */
import type { ExportColumns } from "./columns.js";
import { CSV_FILES, csvWriter } from "./csv.js";
import { graphmlWriter } from "./graphml.js";
import type { ExportItem } from "./stream.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The one file of jsonl and graphml (stdout or --out FILE). */
export const SINGLE_FILE = "";

export interface ExportWriter {
  /** what the format writes: SINGLE_FILE, or csv's nodes.csv and edges.csv */
  files: { name: string; header: string; footer: string }[];
  item(item: ExportItem): { file: string; text: string };
}

/** Whether the format writes several files (into the folder --out names) rather than one. */
export const writesFolder = (format: ExportFormat): boolean => format === "csv";

export function exportWriter(
  format: ExportFormat,
  columns: ExportColumns,
  options: { bom?: boolean } = {},
): ExportWriter {
  switch (format) {
    case "jsonl":
      return {
        files: [{ name: SINGLE_FILE, header: "", footer: "" }],
        item: (item) => ({ file: SINGLE_FILE, text: `${JSON.stringify(item)}\n` }),
      };
    case "graphml": {
      const writer = graphmlWriter(columns);
      return {
        files: [{ name: SINGLE_FILE, header: writer.header, footer: writer.footer }],
        item: (item) => ({ file: SINGLE_FILE, text: writer.item(item) }),
      };
    }
    case "csv": {
      const writer = csvWriter(columns, options);
      return {
        files: CSV_FILES.map((name) => ({ name, header: writer.headers[name], footer: "" })),
        item: (item) => writer.item(item),
      };
    }
    default:
      return unreachable(format);
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown export format: ${String(value)}`);
}
