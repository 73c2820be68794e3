/**
 * Text formats for exported graph items, one string per item so they can be written as they stream by.
 *   jsonl    one JSON object per line: {"kind":"node",...} or {"kind":"relationship",...}
 *   csv      one table: element,id,labels,type,from,to,name,properties (properties as JSON)
 *   graphml  GraphML with the model's common properties as attributes and every property in `properties` (JSON)
 */
import type { ExportItem } from "./stream.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportWriter {
  header: string;
  item(item: ExportItem): string;
  footer: string;
}

const NODE_KEYS = ["name", "kind", "level", "year", "publishedAt", "aliasText", "value", "unit", "code", "report"];
const EDGE_KEYS = ["report", "sentence", "start", "end", "count"];

export function exportWriter(format: ExportFormat): ExportWriter {
  switch (format) {
    case "jsonl":
      return { header: "", item: (item) => `${JSON.stringify(item)}\n`, footer: "" };
    case "csv":
      return { header: "element,id,labels,type,from,to,name,properties\n", item: csvLine, footer: "" };
    case "graphml":
      return { header: graphmlHeader(), item: graphmlElement, footer: "</graph>\n</graphml>\n" };
    default:
      return unreachable(format);
  }
}

function csvLine(item: ExportItem): string {
  const cells =
    item.kind === "node"
      ? [
          "node",
          item.id,
          item.labels.join(":"),
          "",
          "",
          "",
          String(item.properties.name ?? ""),
          JSON.stringify(item.properties),
        ]
      : ["relationship", "", "", item.type, item.from, item.to, "", JSON.stringify(item.properties)];
  return `${cells.map(csvCell).join(",")}\n`;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function graphmlHeader(): string {
  const keys = [
    `<key id="labels" for="node" attr.name="labels" attr.type="string"/>`,
    ...NODE_KEYS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    `<key id="n_properties" for="node" attr.name="properties" attr.type="string"/>`,
    `<key id="type" for="edge" attr.name="type" attr.type="string"/>`,
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    `<key id="e_properties" for="edge" attr.name="properties" attr.type="string"/>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join("\n")}\n<graph id="govreport" edgedefault="directed">\n`;
}

function graphmlElement(item: ExportItem): string {
  const data = (prefix: string, keys: string[], props: Record<string, unknown>) =>
    keys
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .map((k) => `<data key="${prefix}${k}">${xml(String(props[k]))}</data>`)
      .join("");
  if (item.kind === "node") {
    return `<node id="${xml(item.id)}"><data key="labels">${xml(item.labels.join(":"))}</data>${data("n_", NODE_KEYS, item.properties)}<data key="n_properties">${xml(JSON.stringify(item.properties))}</data></node>\n`;
  }
  return `<edge source="${xml(item.from)}" target="${xml(item.to)}"><data key="type">${item.type}</data>${data("e_", EDGE_KEYS, item.properties)}<data key="e_properties">${xml(JSON.stringify(item.properties))}</data></edge>\n`;
}

// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold at all
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function xml(value: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the five special ones escaped.
  return value
    .replace(NOT_IN_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function unreachable(value: never): never {
  throw new Error(`unknown export format: ${String(value)}`);
}
