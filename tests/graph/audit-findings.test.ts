import { describe, expect, it } from "vitest";
import { auditFindings, comparable, scopeOf, type AuditEntity } from "../../src/graph/audit/findings.js";

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

  it("reads the scope an id carries between its prefix and the name", () => {
    expect(scopeOf({ id: "program:440000:百千万工程", name: "百千万工程" })).toBe("440000");
    expect(scopeOf({ id: "law:report-0123456789abcdef:若干措施", name: "若干措施" })).toBe("report-0123456789abcdef");
    expect(scopeOf({ id: "program:河长制", name: "河长制" })).toBeNull();
    expect(scopeOf({ id: "agency:国务院", name: "国务院" })).toBeNull();
  });

  it("pairs a name inside one scope and a jurisdiction's own node beside the national one, never two jurisdictions' own nodes", () => {
    const { duplicates } = auditFindings([
      entity("law:120000:城市更新专项规划", "城市更新专项规划", ["120000"]),
      entity("law:230000:城市更新专项规划", "城市更新专项规划", ["230000"]),
      entity("law:120000:一揽子化债方案", "一揽子化债方案", ["120000"]),
      entity("law:一揽子化债方案", "一揽子化债方案", ["CN"], { national: true }),
      entity("program:330000:“数字浙江”", "“数字浙江”", ["330000"]),
      entity("program:330000:数字浙江", "数字浙江", ["330000"]),
    ]);
    expect(duplicates.map((d) => [d.a, d.b, d.kind])).toEqual([
      ["law:120000:一揽子化债方案", "law:一揽子化债方案", "own-beside-national"],
      ["program:330000:“数字浙江”", "program:330000:数字浙江", "same-name"],
    ]);
    expect(duplicates[0]!.reason).toBe("120000's own node beside the national one");
  });

  it("lists a name that several jurisdictions have their own node of once, with their scopes, most first", () => {
    const { localNamesAcrossJurisdictions } = auditFindings([
      entity("program:110000:一老一小", "一老一小", ["110000"]),
      entity("program:120000:“一老一小”", "“一老一小”", ["120000"]),
      entity("program:320000:一老一小", "一老一小", ["320000"]),
      entity("law:120000:城市更新专项规划", "城市更新专项规划", ["120000"]),
      entity("law:230000:城市更新专项规划", "城市更新专项规划", ["230000"]),
      entity("law:一揽子化债方案", "一揽子化债方案", ["CN"], { national: true }),
      entity("law:120000:一揽子化债方案", "一揽子化债方案", ["120000"]),
      entity("program:440000:百千万工程", "百千万工程", ["440000"]),
    ]);
    expect(localNamesAcrossJurisdictions).toEqual([
      {
        label: "Program",
        name: "一老一小",
        scopes: ["110000", "120000", "320000"],
        ids: ["program:110000:一老一小", "program:120000:“一老一小”", "program:320000:一老一小"],
        nationalId: null,
      },
      {
        label: "Law",
        name: "城市更新专项规划",
        scopes: ["120000", "230000"],
        ids: ["law:120000:城市更新专项规划", "law:230000:城市更新专项规划"],
        nationalId: null,
      },
    ]);
  });

  it("names the national node beside a name several jurisdictions have their own node of", () => {
    const { localNamesAcrossJurisdictions } = auditFindings([
      entity("program:国有企业改革", "国有企业改革", ["CN"], { national: true }),
      entity("program:110000:国有企业改革", "国有企业改革", ["110000"]),
      entity("program:520000:国有企业改革", "国有企业改革", ["520000"]),
    ]);
    expect(localNamesAcrossJurisdictions.map((n) => [n.scopes, n.nationalId])).toEqual([
      [["110000", "520000"], "program:国有企业改革"],
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

  it("lists generic Law/Program nodes and unscoped names shared by provinces that no national report names", () => {
    const { generic, sharedLocal } = auditFindings([
      entity("law:纲要(草案)", "纲要(草案)", ["440000", "330000"]),
      entity("program:提升行动", "提升行动", ["440000"]),
      entity("program:十大工程", "十大工程", ["440100", "330100"]),
      entity("program:河长制", "河长制", ["440000", "330000"], { national: true }),
      entity("law:中华人民共和国公司法", "中华人民共和国公司法", ["440000", "330000"], { kind: "law" }),
      // 广东's own document, cited by a 浙江 report too: whose it is, the id says
      entity("law:440000:关于…的若干措施", "关于…的若干措施", ["440000", "330000"]),
    ]);
    expect(generic.map((g) => g.id)).toEqual(["law:纲要(草案)", "program:提升行动"]);
    expect(sharedLocal.map((s) => [s.id, s.provinces])).toEqual([
      ["law:纲要(草案)", ["330000", "440000"]],
      ["program:十大工程", ["330000", "440000"]],
    ]);
  });
});
