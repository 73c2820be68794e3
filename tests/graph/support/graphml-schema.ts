/**
 * Checks a GraphML document against what the GraphML schema (graphml.xsd 1.0 with graphml-structure.xsd and
 * graphml-attributes.xsd, http://graphml.graphdrawing.org/xmlns/1.0/) asks of the elements this project writes,
 * with a real XML parser (@xmldom/xmldom, which graphology-graphml reads with). No XSD validator can fetch the
 * schema here (no network), so its rules are written out:
 *   - the root is <graphml> in the GraphML namespace, and its children are <desc>?, <key>*, then <graph> / <data>;
 *   - <key>: id an xs:NMTOKEN, unique; for one of all graphml graph node edge hyperedge port endpoint;
 *     attr.name given; attr.type one of boolean int long float double string;
 *   - <graph>: edgedefault directed or undirected; children <desc>?, then <data>, <node>, <edge> in any order;
 *   - <node>: id an xs:NMTOKEN, unique in the document; <edge>: source and target xs:NMTOKENs naming nodes of
 *     the graph (the spec's "must"), optional id unique;
 *   - <data>: key naming a declared key whose `for` is the element's kind or all; its text a value of the key's
 *     type (xs:int in 32 bits, xs:long, xs:double / xs:float lexical forms, xs:boolean true false 1 0).
 * Returns the problems found, empty when the document passes.
 */
import { createRequire } from "node:module";

/** The few DOM members used here. xmldom is loaded without its type declarations: they pull the browser's DOM
 * library into the whole project's typecheck, where src/ must not see `document` or `window`. */
interface Element {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  childNodes: ArrayLike<Element>;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface XmlParser {
  parseFromString(text: string, mimeType: string): { documentElement: Element | null };
}
const { DOMParser } = createRequire(import.meta.url)("@xmldom/xmldom") as {
  DOMParser: new (options: { errorHandler: (level: string, message: unknown) => void }) => XmlParser;
};

const NS = "http://graphml.graphdrawing.org/xmlns";
const KEY_FOR = new Set(["all", "graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint"]);
const KEY_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);
// XML 1.0's NameChar: the ASCII ones and the letters and marks of the BMP beyond them (the ranges of the fifth
// edition, which libxml2 and Xerces accept); no spaces, no ASCII punctuation besides . - _ :
const NMTOKEN =
  /^(?:[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]|\u200C|\u200D)+$/u;
const DOUBLE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;

const valid: Record<string, (text: string) => boolean> = {
  boolean: (t) => ["true", "false", "1", "0"].includes(t.trim()),
  int: (t) => /^[+-]?\d+$/.test(t.trim()) && Math.abs(Number(t)) <= 2 ** 31,
  long: (t) => /^[+-]?\d+$/.test(t.trim()),
  float: (t) => DOUBLE.test(t.trim()),
  double: (t) => DOUBLE.test(t.trim()),
  string: () => true,
};

const children = (el: Element) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);

export function graphmlProblems(text: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== "warning") problems.push(`XML ${level}: ${String(message)}`);
    },
  }).parseFromString(text, "application/xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "graphml" || root.namespaceURI !== NS)
    return [...problems, `root is not <graphml> in ${NS}`];

  const keys = new Map<string, { for: string; type: string }>();
  let seenGraph = false;
  for (const el of children(root)) {
    if (el.localName === "key") {
      if (seenGraph) problems.push("a <key> after the <graph>");
      const id = el.getAttribute("id") ?? "";
      if (!NMTOKEN.test(id)) problems.push(`key id ${JSON.stringify(id)} is not an NMTOKEN`);
      if (keys.has(id)) problems.push(`key id ${id} declared twice`);
      const keyFor = el.getAttribute("for") ?? "all";
      if (!KEY_FOR.has(keyFor)) problems.push(`key ${id}: for="${keyFor}"`);
      if (!el.getAttribute("attr.name")) problems.push(`key ${id} has no attr.name`);
      const type = el.getAttribute("attr.type") ?? "string";
      if (!KEY_TYPES.has(type)) problems.push(`key ${id}: attr.type="${type}"`);
      keys.set(id, { for: keyFor, type });
    } else if (el.localName === "graph") seenGraph = true;
    else if (el.localName !== "desc" && el.localName !== "data") problems.push(`<${el.localName}> in <graphml>`);
  }

  const checkData = (owner: Element, kind: string) => {
    for (const d of children(owner).filter((c) => c.localName === "data")) {
      const key = keys.get(d.getAttribute("key") ?? "");
      if (!key) problems.push(`<data key="${d.getAttribute("key")}"> names no key`);
      else if (key.for !== kind && key.for !== "all")
        problems.push(`<data key="${d.getAttribute("key")}"> on a ${kind}, key is for ${key.for}`);
      else if (!valid[key.type]!(d.textContent ?? ""))
        problems.push(`<data key="${d.getAttribute("key")}"> holds ${JSON.stringify(d.textContent)}, not ${key.type}`);
    }
  };

  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const graph of children(root).filter((c) => c.localName === "graph")) {
    const edgedefault = graph.getAttribute("edgedefault");
    if (edgedefault !== "directed" && edgedefault !== "undirected") problems.push(`edgedefault="${edgedefault}"`);
    checkData(graph, "graph");
    const edges: Element[] = [];
    for (const el of children(graph)) {
      if (el.localName === "node") {
        const id = el.getAttribute("id") ?? "";
        if (!NMTOKEN.test(id)) problems.push(`node id ${JSON.stringify(id)} is not an NMTOKEN`);
        if (nodeIds.has(id)) problems.push(`node id ${id} twice`);
        nodeIds.add(id);
        checkData(el, "node");
      } else if (el.localName === "edge") edges.push(el);
      else if (!["desc", "data", "hyperedge"].includes(el.localName ?? ""))
        problems.push(`<${el.localName}> in <graph>`);
    }
    for (const edge of edges) {
      for (const end of ["source", "target"]) {
        const id = edge.getAttribute(end) ?? "";
        if (!NMTOKEN.test(id)) problems.push(`edge ${end} ${JSON.stringify(id)} is not an NMTOKEN`);
        else if (!nodeIds.has(id)) problems.push(`edge ${end} ${id} names no node of the graph`);
      }
      const id = edge.getAttribute("id");
      if (id !== null && id !== "") {
        if (edgeIds.has(id)) problems.push(`edge id ${id} twice`);
        edgeIds.add(id);
      }
      checkData(edge, "edge");
    }
  }
  if (!seenGraph) problems.push("no <graph>");
  return problems;
}
