/**
 * A stand-in for the graph engineer's generator (bench/ingest/generate.ts), used only while that is missing and
 * by tests/bench: deterministic synthetic ExtractedReports of the same shape the extractor makes, so the real
 * loader writes the graph. Pools of agencies, programs and laws grow with the count, so bigger graphs have both
 * more nodes and more evidence per node. `token` prefixes every id and name (tests isolate their data with it).
 */
import { createHash } from "node:crypto";
import type { ExtractedEntity, ExtractedReport, ExtractedRelation, RelationType } from "../../src/extract/types.js";

/** mulberry32: a small seeded PRNG, so the same (count, seed) gives the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ["河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省"];
const CITIES = ["东城市", "西岭市", "南川市", "北原市", "中和市"];
const DEPARTMENTS = [
  "司法局",
  "财政局",
  "教育局",
  "民政局",
  "生态环境局",
  "市场监督管理局",
  "交通运输局",
  "卫生健康委员会",
  "应急管理局",
  "审计局",
];
const PROGRAMS = [
  "法治宣传",
  "营商环境",
  "乡村振兴",
  "污染防治",
  "安全生产",
  "放管服改革",
  "扫黑除恶",
  "信访化解",
  "行政复议",
  "执法监督",
];
const LAWS = [
  "行政处罚法",
  "行政许可法",
  "安全生产法",
  "环境保护法",
  "行政复议法",
  "食品安全法",
  "劳动合同法",
  "土地管理法",
  "城乡规划法",
  "统计法",
];
const UNITS = ["件", "起", "人次", "家", "万元"];

export interface StandInOptions {
  token?: string;
}

export function standInReports(count: number, seed: number, options: StandInOptions = {}): ExtractedReport[] {
  const rand = prng(seed);
  const pickIndex = (n: number) => Math.floor(rand() * n);
  const t = options.token ? `${options.token}_` : "";
  const jurisdictions = PROVINCES.flatMap((p, i) => [
    { id: `jurisdiction:${t}${p}`, name: `${t}${p}`, level: "provincial" as const },
    ...CITIES.map((c) => ({
      id: `jurisdiction:${t}${p}${c}`,
      name: `${t}${p}${c}`,
      level: "city" as const,
      parent: `jurisdiction:${t}${p}`,
      provinceIndex: i,
    })),
  ]);
  const agencyPool = 20 + Math.ceil(count / 25);
  const programPool = 30 + Math.ceil(count / 10);
  const lawPool = 30 + Math.ceil(count / 40);
  const agencyName = (i: number) =>
    `${t}${jurisdictions[i % jurisdictions.length]!.name}${DEPARTMENTS[i % DEPARTMENTS.length]}${i >= jurisdictions.length ? `第${Math.floor(i / jurisdictions.length)}分局` : ""}`;
  const programName = (i: number) => `${t}${PROGRAMS[i % PROGRAMS.length]}专项行动${i}`;
  const lawName = (i: number) => `${t}中华人民共和国${LAWS[i % LAWS.length]}${i >= LAWS.length ? `实施条例${i}` : ""}`;

  const reports: ExtractedReport[] = [];
  for (let r = 0; r < count; r++) {
    const reportId = `report:${t}synthetic-${seed}-${r}`;
    const j = jurisdictions[pickIndex(jurisdictions.length)]!;
    let cursor = 0;
    const sentence = (text: string) => {
      const start = cursor;
      cursor += text.length + 1;
      return { start, end: start + text.length, sentence: text, sectionKind: "work" as const };
    };
    const entities = new Map<string, ExtractedEntity>();
    const relations: ExtractedRelation[] = [];
    const entity = (e: Omit<ExtractedEntity, "mentions" | "aliases">, at: { start: number; end: number }) => {
      const existing = entities.get(e.id);
      const mention = { text: e.name, start: at.start, end: at.end };
      if (existing) existing.mentions.push(mention);
      else entities.set(e.id, { ...e, aliases: [], mentions: [mention] });
    };
    const relate = (type: RelationType, from: string, to: string, ev: ReturnType<typeof sentence>) =>
      relations.push({ type, from, to, evidence: ev });

    const jEv = sentence(`${j.name}人民政府2020年法治政府建设情况报告`);
    entity(
      { id: j.id, type: "Jurisdiction", name: j.name, level: j.level, ...("parent" in j ? { parent: j.parent } : {}) },
      jEv,
    );
    if ("parent" in j) {
      const parent = jurisdictions.find((x) => x.id === j.parent)!;
      entity({ id: parent.id, type: "Jurisdiction", name: parent.name, level: parent.level }, jEv);
    }
    const agencies = Array.from({ length: 3 }, () => pickIndex(agencyPool));
    for (const a of agencies) {
      const id = `agency:${agencyName(a)}`;
      const aEv = sentence(`${agencyName(a)}认真履行职责。`);
      entity({ id, type: "Agency", name: agencyName(a), kind: "department", level: j.level }, aEv);
      relate("IN_JURISDICTION", id, j.id, aEv);
      for (let k = 0; k < 2; k++) {
        const p = pickIndex(programPool);
        const pid = `program:${programName(p)}`;
        const pEv = sentence(`${agencyName(a)}开展${programName(p)}。`);
        entity({ id: pid, type: "Program", name: programName(p) }, pEv);
        relate("CONDUCTS", id, pid, pEv);
        const value = 1 + pickIndex(500);
        const unit = UNITS[pickIndex(UNITS.length)]!;
        const mEv = sentence(`${programName(p)}共办理${value}${unit}。`);
        const mid = `metric:${reportId}:${cursor}`;
        entity({ id: mid, type: "Metric", name: `办理 ${value}${unit}`, label: "办理", value, unit }, mEv);
        relate("MEASURES", pid, mid, mEv);
      }
      const l = pickIndex(lawPool);
      const lid = `law:${lawName(l)}`;
      const lEv = sentence(`${agencyName(a)}贯彻实施《${lawName(l)}》。`);
      entity({ id: lid, type: "Law", name: lawName(l), kind: "law", inForce: true }, lEv);
      relate("IMPLEMENTS", id, lid, lEv);
    }
    const issuer = `agency:${agencyName(agencies[0]!)}`;
    reports.push({
      report: {
        id: reportId,
        title: `${j.name}2020年法治政府建设情况报告（${r}）`,
        issuer: agencyName(agencies[0]!),
        issuerId: issuer,
        jurisdiction: j.name,
        jurisdictionId: j.id,
        year: 2016 + (r % 6),
        publishedAt: `${2017 + (r % 6)}-03-01`,
        source: "synthetic",
        bodyEnd: cursor,
        contentHash: createHash("sha256").update(`${seed}:${r}:${t}`).digest("hex"),
        extractorVersion: "synthetic",
      },
      entities: [...entities.values()],
      relations,
      sections: [],
    });
  }
  return reports;
}
