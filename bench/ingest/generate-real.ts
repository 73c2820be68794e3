/**
 * The `real` profile of the generator: texts the size and density of the shared corpora (tests/fixtures/corpus, 28
 * provincial 政府工作报告 of 2026, and tests/fixtures/corpus-national, 52 State Council reports 1954–2025). A real
 * report is ~20,000 characters (12,000–33,000) of which most is policy prose the extractor finds nothing in; its entities are
 * ~110 figures, ~85 programmes, ~15 jurisdictions, ~9 laws and plans and ~6 agencies (bench/ingest/RESULTS.md,
 * "Real-sized reports", has the measured corpus figures this is tuned to). Same seed and index, same text.
 */
import { divisionsByCode } from "../../src/extract/lexicon/divisions.js";
import { nationalLaws, prng } from "./generate.js";
import {
  DEPARTMENTS,
  REGULATION_TOPICS,
  FILLER_OBJECTS,
  FILLER_VERBS,
  FILLER_LEADS,
  METRIC_LABELS,
  PROGRAM_SUFFIXES,
  TOPICS,
} from "./word-lists.js";
import type { GeneratedReport } from "./generate.js";

interface Province {
  name: string;
  cities: string[];
  counties: string[];
}

let provincesCache: Province[] | undefined;
function provinces(): Province[] {
  if (provincesCache) return provincesCache;
  const cities = new Map<string, string[]>();
  const counties = new Map<string, string[]>();
  for (const d of divisionsByCode.values()) {
    if (d.level === "city" && d.parent) cities.set(d.parent, [...(cities.get(d.parent) ?? []), d.name]);
    const province = d.level === "county" && d.parent ? divisionsByCode.get(d.parent)?.parent : undefined;
    // 区 names (城关区, 新城区) recur in many cities and read as common words: counties and county-level cities only
    if (province && /[县市旗]$/.test(d.name)) counties.set(province, [...(counties.get(province) ?? []), d.name]);
  }
  const out: Province[] = [];
  for (const d of divisionsByCode.values()) {
    const cs = cities.get(d.code) ?? [];
    const ks = counties.get(d.code) ?? [];
    if (d.level === "provincial" && cs.length >= 6 && ks.length >= 10)
      out.push({ name: d.name, cities: cs.sort(), counties: ks.sort() });
  }
  return (provincesCache = out.sort((a, b) => (a.name < b.name ? -1 : 1)));
}

export function generateRealReport(index: number, seed: number): GeneratedReport {
  const rand = prng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pickSkewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 2.5)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const all = provinces();
  const province = all[index % all.length]!;
  const year = 2015 + (Math.floor(index / all.length) % 11);
  // report size: the corpora run from ~12,000 to ~33,000 characters; a report's entities grow with its length
  const scale = 0.6 + rand() * 0.8;
  const short = province.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, "");
  const laws = Array.from({ length: Math.round(10 * scale) }, () => pickSkewed(nationalLaws()));
  // half the programmes carry the province's name, as real ones do (few programmes recur across provinces)
  // and more than half are the report's own (a verb and an aim: 提升县域经济实力行动), few shared even within a province
  const programme = () =>
    rand() < 0.55
      ? `${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}${pick(PROGRAM_SUFFIXES)}`
      : `${rand() < 0.5 ? short : ""}${pickSkewed(TOPICS)}${pick(PROGRAM_SUFFIXES)}`;
  const figure = () => {
    const [label, unit, size] = pick(METRIC_LABELS);
    return `${label}${Math.max(1, Math.round(size * (0.2 + rand() * 1.6)))}${unit}`;
  };
  const filler = () =>
    `${pick(FILLER_LEADS)}${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)},${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
  const cities = province.cities.slice(0, 16);

  const sentence = (): string => {
    const roll = rand();
    if (roll < 0.09) return `深入开展“${programme()}”,${figure()}。`;
    if (roll < 0.105) return `深入开展“${programme()}”,${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
    if (roll < 0.116) return `全年${figure()},${figure()},同比增长${int(2, 30)}.${int(0, 9)}%。`;
    if (roll < 0.137)
      return `${rand() < 0.7 ? pick(cities) : pick(province.counties)}${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
    if (roll < 0.143) return `认真贯彻落实《${pick(laws)}》,${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
    if (roll < 0.156) return `《${pick(laws)}》颁布以来,${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
    if (roll < 0.159) return `省政府制定出台《${province.name}${pick(REGULATION_TOPICS)}办法》。`;
    if (roll < 0.162)
      return `省${pick(DEPARTMENTS)[0].replace(/局$/, "厅")}${pick(FILLER_VERBS)}${pick(FILLER_OBJECTS)}。`;
    return filler();
  };

  const lines: string[] = [];
  lines.push(
    `${year}年${province.name}人民政府工作报告`,
    "",
    `——${year}年1月${int(10, 28)}日在${province.name}第十四届人民代表大会第${int(1, 5)}次会议上`,
    "",
  );
  lines.push(
    "各位代表:",
    "",
    `现在,我代表${short}人民政府,向大会报告工作,请予审议,并请省政协委员和其他列席人员提出意见。`,
    "",
  );
  const sections = ["过去一年工作回顾", `${year}年工作总体要求和目标任务`, `${year}年重点工作`, "全面加强政府自身建设"];
  const paragraphs = Math.round(72 * scale);
  for (let p = 0; p < paragraphs; p++) {
    const section = Math.floor((p * sections.length) / paragraphs);
    if (p === 0 || section !== Math.floor(((p - 1) * sections.length) / paragraphs))
      lines.push(`${"一二三四"[section]}、${sections[section]}`, "");
    const sentences = Array.from({ length: int(9, 15) }, sentence);
    lines.push(`(${"一二三四五六七八九十"[p % 10]})${pick(FILLER_VERBS)}${pick(TOPICS)}。${sentences.join("")}`, "");
  }
  lines.push(`${short}省人民政府在党中央、国务院坚强领导下,依照《中华人民共和国宪法》和法律履行职责。`, "");
  lines.push("各位代表!新征程上,我们要坚定信心、真抓实干,为全面建设社会主义现代化国家作出新的更大贡献!", "");
  return { name: `synthetic-real-${seed}-${String(index).padStart(6, "0")}.txt`, text: lines.join("\n") };
}
