/**
 * The GraphML and CSV writers on hand-made items: typed attributes a GraphML reader gets back as numbers and
 * booleans, a label to show, evidence as attributes of its own, documents that pass the GraphML schema's rules,
 * and CSV tables in Gephi's shape with RFC 4180 quoting.
 */
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { attributeTypeOf, columnsOf, type ExportColumns } from "../../src/graph/export/columns.js";
import { csvCell } from "../../src/graph/export/csv.js";
import { exportWriter } from "../../src/graph/export/formats.js";
import { nmtoken } from "../../src/graph/export/graphml.js";
import type { ExportItem } from "../../src/graph/export/stream.js";
import { graphmlProblems } from "./support/graphml-schema.js";

const AGENCY = "agency:荆州市沙市区卫生和计划生育局";
const PROGRAM = "program:421002:“双随机、一公开”监管";
const items: ExportItem[] = [
  {
    kind: "node",
    id: "report:533d9f1582d46e35",
    labels: ["Report"],
    properties: {
      id: "report:533d9f1582d46e35",
      title: "沙市区2016年法治政府建设报告",
      year: 2016,
      titleInferred: false,
    },
  },
  {
    kind: "node",
    id: AGENCY,
    labels: ["Entity", "Agency"],
    properties: {
      id: AGENCY,
      name: "荆州市沙市区卫生和计划生育局",
      short: "区卫计局",
      aliases: ["区卫计局", "卫计局"],
      reportCount: 1,
      mentionCount: 7,
    },
  },
  {
    kind: "node",
    id: PROGRAM,
    labels: ["Entity", "Program"],
    properties: {
      id: PROGRAM,
      name: "“双随机、一公开”监管",
      short: "“双随机、一公开”监管",
      reportCount: 1,
      mentionCount: 2,
    },
  },
  {
    kind: "node",
    id: "metric:m1",
    labels: ["Entity", "Metric"],
    properties: { id: "metric:m1", name: "立案 19起", short: "19起", label: "立案", value: 19.5, reportCount: 1 },
  },
  {
    kind: "relationship",
    type: "CONDUCTS",
    from: AGENCY,
    to: PROGRAM,
    properties: {
      report: "report:533d9f1582d46e35",
      sentence: '区卫计局开展"双随机、一公开"监管,立案19起 <共计> & 罚款。',
      start: 1200,
      end: 1232,
      section: "s1.5",
      sectionKind: "work",
    },
  },
  {
    kind: "relationship",
    type: "MENTIONS",
    from: "report:533d9f1582d46e35",
    to: AGENCY,
    properties: { count: 7, spans: [58, 60, 3597, 3599], sections: ["", "s1.7"] },
  },
];

/** The columns Neo4j's valueType() gives these items (what planExport asks for before writing). */
const columns: ExportColumns = {
  node: columnsOf(
    [
      { property: "id", types: ["STRING NOT NULL"] },
      { property: "title", types: ["STRING NOT NULL"] },
      { property: "year", types: ["INTEGER NOT NULL"] },
      { property: "titleInferred", types: ["BOOLEAN NOT NULL"] },
      { property: "name", types: ["STRING NOT NULL"] },
      { property: "short", types: ["STRING NOT NULL"] },
      { property: "aliases", types: ["LIST<STRING NOT NULL> NOT NULL"] },
      { property: "label", types: ["STRING NOT NULL"] },
      { property: "value", types: ["FLOAT NOT NULL", "INTEGER NOT NULL"] },
      { property: "reportCount", types: ["INTEGER NOT NULL"] },
      { property: "mentionCount", types: ["INTEGER NOT NULL"] },
    ],
    "node",
  ),
  edge: columnsOf(
    [
      { property: "report", types: ["STRING NOT NULL"] },
      { property: "sentence", types: ["STRING NOT NULL"] },
      { property: "start", types: ["INTEGER NOT NULL"] },
      { property: "end", types: ["INTEGER NOT NULL"] },
      { property: "section", types: ["STRING NOT NULL"] },
      { property: "sectionKind", types: ["STRING NOT NULL"] },
      { property: "count", types: ["INTEGER NOT NULL"] },
      { property: "spans", types: ["LIST<INTEGER NOT NULL> NOT NULL"] },
      { property: "sections", types: ["LIST<STRING NOT NULL> NOT NULL", "LIST<NOTHING> NOT NULL"] },
    ],
    "edge",
  ),
};

function render(format: "graphml" | "csv", options: { bom?: boolean } = {}) {
  const writer = exportWriter(format, columns, options);
  const out = Object.fromEntries(writer.files.map((f) => [f.name, f.header]));
  for (const item of items) {
    const { file, text } = writer.item(item);
    out[file] += text;
  }
  for (const f of writer.files) out[f.name] += f.footer;
  return out;
}

describe("attribute types from Neo4j's value types", () => {
  it.each([
    [["INTEGER NOT NULL"], "int"],
    [["FLOAT NOT NULL"], "double"],
    [["INTEGER NOT NULL", "FLOAT NOT NULL"], "double"],
    [["BOOLEAN NOT NULL"], "boolean"],
    [["STRING NOT NULL"], "string"],
    [["INTEGER NOT NULL", "STRING NOT NULL"], "string"],
    [["LIST<INTEGER NOT NULL> NOT NULL"], "string"],
    [["DATE NOT NULL"], "string"],
  ])("%j is %s", (types, expected) => {
    expect(attributeTypeOf(types)).toBe(expected);
  });

  it("renames a property that has the name of a column the export writes (Metric.label, WITHIN.source)", () => {
    expect(columns.node.find((c) => c.property === "label")?.name).toBe("label_property");
    expect(columnsOf([{ property: "source", types: ["STRING NOT NULL"] }], "edge")[0]?.name).toBe("source_property");
    expect(columns.node.some((c) => c.property === "id")).toBe(false);
  });
});

describe("GraphML export", () => {
  const graphml = render("graphml")[""]!;

  it("passes the GraphML schema's rules", () => {
    expect(graphmlProblems(graphml)).toEqual([]);
  });

  it("declares each attribute once with its type", () => {
    expect(graphml).toContain(`<key id="label" for="node" attr.name="label" attr.type="string"/>`);
    expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="year" attr.type="int"\/>/);
    expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="value" attr.type="double"\/>/);
    expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="titleInferred" attr.type="boolean"\/>/);
    expect(graphml).toMatch(/<key id="e\d+" for="edge" attr.name="sectionKind" attr.type="string"\/>/);
    expect(graphml).toMatch(/<key id="e\d+" for="edge" attr.name="start" attr.type="int"\/>/);
    expect(graphml).not.toContain("properties");
  });

  it("reads back in graphology with labels, typed values and the evidence as attributes", () => {
    const graph = parse(MultiDirectedGraph, graphml);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    const agency = graph.getNodeAttributes(AGENCY);
    expect(agency).toMatchObject({ label: "区卫计局", nodeType: "Agency", graphId: AGENCY, mentionCount: 7 });
    expect(agency.aliases).toBe("区卫计局; 卫计局");
    expect(graph.getNodeAttributes("report:533d9f1582d46e35")).toMatchObject({
      label: "沙市区2016年法治政府建设报告",
      nodeType: "Report",
      year: 2016,
      titleInferred: false,
    });
    expect(graph.getNodeAttributes("metric:m1")).toMatchObject({
      label: "立案 19起",
      label_property: "立案",
      value: 19.5,
    });
    const programNode = nmtoken(PROGRAM);
    expect(graph.getNodeAttribute(programNode, "graphId")).toBe(PROGRAM);
    const [conducts] = graph.edges(AGENCY, programNode);
    expect(graph.getEdgeAttributes(conducts!)).toEqual({
      label: "CONDUCTS",
      report: "report:533d9f1582d46e35",
      sentence: '区卫计局开展"双随机、一公开"监管,立案19起 <共计> & 罚款。',
      start: 1200,
      end: 1232,
      section: "s1.5",
      sectionKind: "work",
    });
    const [mentions] = graph.edges("report:533d9f1582d46e35", AGENCY);
    expect(graph.getEdgeAttributes(mentions!)).toEqual({
      label: "MENTIONS",
      count: 7,
      spans: "58; 60; 3597; 3599",
      sections: "; s1.7",
    });
  });

  it("writes ids with punctuation as NMTOKENs, one to one", () => {
    expect(nmtoken(AGENCY)).toBe(AGENCY);
    expect(nmtoken(PROGRAM)).toBe("program:421002:_201C_双随机_3001_一公开_201D_监管");
    expect(nmtoken("a_b c")).toBe("a_5F_b_20_c");
  });
});

describe("the GraphML schema check", () => {
  it("finds an int holding a float, an undeclared key, an edge to no node and an id with a space", () => {
    const bad = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="k" for="node" attr.name="year" attr.type="int"/><graph edgedefault="directed">
<node id="a"><data key="k">2016.0</data><data key="nope">x</data></node><node id="b c"/>
<edge source="a" target="z"/></graph></graphml>`;
    expect(graphmlProblems(bad)).toEqual([
      `<data key="k"> holds "2016.0", not int`,
      `<data key="nope"> names no key`,
      `node id "b c" is not an NMTOKEN`,
      "edge target z names no node of the graph",
    ]);
  });
});

describe("CSV export", () => {
  const csv = render("csv");

  it("writes nodes.csv with Id, Label, nodeType and one column per property", () => {
    const lines = csv["nodes.csv"]!.split("\r\n");
    expect(lines[0]).toBe(
      "Id,Label,nodeType,aliases,label_property,mentionCount,name,reportCount,short,title,titleInferred,value,year",
    );
    expect(lines[2]).toBe(`${AGENCY},区卫计局,Agency,区卫计局; 卫计局,,7,荆州市沙市区卫生和计划生育局,1,区卫计局,,,,`);
    expect(lines[4]).toBe("metric:m1,立案 19起,Metric,,立案,,立案 19起,1,19起,,,19.5,");
    expect(lines).toHaveLength(6); // header, four nodes, and the empty string after the last CRLF
  });

  it("writes edges.csv with Source, Target, Type (Directed), Label (the relationship type) and quotes as RFC 4180", () => {
    const lines = csv["edges.csv"]!.split("\r\n");
    expect(lines[0]).toBe(
      "Source,Target,Type,Label,count,end,report,section,sectionKind,sections,sentence,spans,start",
    );
    expect(lines[1]).toBe(
      `${AGENCY},${PROGRAM},Directed,CONDUCTS,,1232,report:533d9f1582d46e35,s1.5,work,,` +
        `"区卫计局开展""双随机、一公开""监管,立案19起 <共计> & 罚款。",,1200`,
    );
    expect(lines[2]).toBe(`report:533d9f1582d46e35,${AGENCY},Directed,MENTIONS,7,,,,,; s1.7,,58; 60; 3597; 3599,`);
  });

  it("quotes line breaks and edge spaces, and starts each file with a BOM when asked", () => {
    const bom = render("csv", { bom: true });
    expect(bom["nodes.csv"]!.startsWith("\uFEFFId,Label,")).toBe(true);
    expect(bom["edges.csv"]!.startsWith("\uFEFFSource,Target,")).toBe(true);
    expect(csv["nodes.csv"]!.startsWith("Id,")).toBe(true);
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell(" 前后有空格 ")).toBe('" 前后有空格 "');
    expect(csvCell("区卫计局")).toBe("区卫计局");
  });
});
