/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd, Cytoscape and graph libraries: one <key> per
 * attribute with its type (int, double, boolean, string), then the nodes and the edges. Every node has `label`
 * (what the tools show: displayLabel), `nodeType` (Agency, Law, ..., Report) and `graphId` (the graph's id
 * exactly), then one attribute per property; every edge has `label` (its relationship type: IMPLEMENTS, ...)
 * and one attribute per property, so the evidence (report, sentence, start, end, section, sectionKind) are
 * attributes of their own. Lists (aliases, spans) are one string, items separated by "; ".
 *
 * GraphML's schema types node ids, edge ends and key ids as xs:NMTOKEN, which allows no spaces and no
 * punctuation such as “ ” （ ）, so a graph id becomes an NMTOKEN by writing every character outside
 * [A-Za-z0-9.:-] and the CJK ideographs as _XXXX_ (its code point in hex, "_" included): agency ids stay as
 * they are, and `graphId` keeps the exact one.
 */
import { displayLabel, nodeTypeOf, valueText, type ExportColumns, type PropertyColumn } from "./columns.js";
import type { ExportItem } from "./stream.js";

const NODE_FIXED = [
  { id: "label", name: "label" },
  { id: "nodeType", name: "nodeType" },
  { id: "graphId", name: "graphId" },
];

export interface GraphmlWriter {
  header: string;
  item(item: ExportItem): string;
  footer: string;
}

export function graphmlWriter(columns: ExportColumns): GraphmlWriter {
  const nodeKeys = columns.node.map((c, i) => ({ ...c, id: `n${i}` }));
  const edgeKeys = columns.edge.map((c, i) => ({ ...c, id: `e${i}` }));
  const keyLine = (id: string, element: "node" | "edge", name: string, type: string) =>
    `<key id="${id}" for="${element}" attr.name="${xml(name)}" attr.type="${type}"/>`;
  const header = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...NODE_FIXED.map((k) => keyLine(k.id, "node", k.name, "string")),
    ...nodeKeys.map((k) => keyLine(k.id, "node", k.name, k.type)),
    keyLine("edgeLabel", "edge", "label", "string"),
    ...edgeKeys.map((k) => keyLine(k.id, "edge", k.name, k.type)),
    `<graph id="govreport" edgedefault="directed">`,
    "",
  ].join("\n");

  const attributes = (keys: (PropertyColumn & { id: string })[], props: Record<string, unknown>) =>
    keys
      .map((k) => {
        const value = props[k.property];
        // xs:double writes the infinities INF and -INF; JavaScript writes Infinity
        const text = value === Infinity ? "INF" : value === -Infinity ? "-INF" : valueText(value);
        return text === undefined ? "" : data(k.id, text);
      })
      .join("");

  return {
    header,
    item(item) {
      if (item.kind === "node") {
        const fixed = data("label", displayLabel(item)) + data("nodeType", nodeTypeOf(item.labels));
        return `<node id="${nmtoken(item.id)}">${fixed}${data("graphId", item.id)}${attributes(nodeKeys, item.properties)}</node>\n`;
      }
      return `<edge source="${nmtoken(item.from)}" target="${nmtoken(item.to)}">${data("edgeLabel", item.type)}${attributes(edgeKeys, item.properties)}</edge>\n`;
    },
    footer: "</graph>\n</graphml>\n",
  };
}

const data = (key: string, text: string) => `<data key="${key}">${xml(text)}</data>`;

/** An xs:NMTOKEN for a graph id, one to one (see the file comment). */
export function nmtoken(id: string): string {
  return id.replace(/[^A-Za-z0-9.:\-\u4E00-\u9FA5]/gu, (c) => `_${c.codePointAt(0)!.toString(16).toUpperCase()}_`);
}

// the control characters XML 1.0 cannot hold, its non-characters and lone surrogates
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching those characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML 1.0: characters it cannot hold at all are dropped, the five special ones escaped. */
export function xml(value: string): string {
  return value
    .replace(NOT_IN_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
