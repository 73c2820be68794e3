import { describe, expect, it } from "vitest";
import { auditFindings, comparable, type AuditEntity } from "../../src/graph/audit/findings.js";

const entity = (id: string, name: string, codes: string[] = [], extra: Partial<AuditEntity> = {}): AuditEntity => ({
  id,
  labels: [id.startsWith("law:") ? "Law" : id.startsWith("program:") ? "Program" : "Agency", "Entity"],
  name,
  kind: null,
  codes,
  reports: 1,
  national: false,
  ...extra,
});

describe("kg audit's findings", () => {
  it("compares names without width variants, quotes and a trailing (草案)", () => {
    expect(comparable("人工智能＋行动")).toBe(comparable("“人工智能+行动”"));
    expect(comparable("纲要（草案）")).toBe("纲要");
  });

  it("pairs names equal without prefixes or width variants", () => {
    const { duplicates } = auditFindings([
      entity("program:人工智能+行动", "人工智能+行动"),
      entity("program:人工智能＋行动", "人工智能＋行动"),
      entity("agency:国务院", "国务院"),
      entity("agency:中华人民共和国国务院", "中华人民共和国国务院"),
    ]);
    expect(duplicates.map((d) => [d.a, d.b])).toEqual([
      ["program:人工智能+行动", "program:人工智能＋行动"],
      ["agency:中华人民共和国国务院", "agency:国务院"],
    ]);
  });

  it("pairs, inside one jurisdiction only, a name ending with another and a name with and without its head word", () => {
    const { duplicates } = auditFindings([
      entity("program:广东百千万工程", "广东百千万工程", ["440000"]),
      entity("program:百千万工程", "百千万工程", ["440000"]),
      entity("program:绿美广东", "绿美广东", ["440000"]),
      entity("program:绿美广东行动", "绿美广东行动", ["440000"]),
      entity("program:数字浙江", "数字浙江", ["330000"]),
      entity("program:先行数字浙江", "先行数字浙江", ["320000"]),
    ]);
    expect(duplicates.map((d) => `${d.a} ~ ${d.b}`)).toEqual([
      "program:广东百千万工程 ~ program:百千万工程",
      "program:绿美广东 ~ program:绿美广东行动",
    ]);
  });

  it("lists generic Law/Program nodes and local names shared by provinces that no national report names", () => {
    const { generic, sharedLocal } = auditFindings([
      entity("law:纲要(草案)", "纲要(草案)", ["440000", "330000"]),
      entity("program:提升行动", "提升行动", ["440000"]),
      entity("program:十大工程", "十大工程", ["440100", "330100"]),
      entity("program:河长制", "河长制", ["440000", "330000"], { national: true }),
      entity("law:中华人民共和国公司法", "中华人民共和国公司法", ["440000", "330000"], { kind: "law" }),
    ]);
    expect(generic.map((g) => g.id)).toEqual(["law:纲要(草案)", "program:提升行动"]);
    expect(sharedLocal.map((s) => [s.id, s.provinces])).toEqual([
      ["law:纲要(草案)", ["330000", "440000"]],
      ["program:十大工程", ["330000", "440000"]],
    ]);
  });
});
