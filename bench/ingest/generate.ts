/**
 * Deterministic synthetic report texts for the ingest benchmark: a seeded PRNG picks a county-level jurisdiction
 * (GB/T 2260, from the extractor's divisions lexicon), its departments, national laws (laws-cn.tsv) and work
 * programmes, and writes a 法治政府建设 / work report in the style of the seed: sections, sentences in which an
 * agency carries out a programme with figures, implements a law, issues a local rule, moves a duty. Jurisdictions
 * repeat across reports (several years of one county), central bodies and common programmes recur everywhere,
 * so entities overlap the way real reports' do.
 */
import { divisionsByCode } from "../../src/extract/lexicon/divisions.js";
import { lawsByTitle } from "../../src/extract/lexicon/laws.js";
import { generateRealReport } from "./generate-real.js";
import { DEPARTMENTS, METRIC_LABELS, PROGRAM_SUFFIXES, REGULATION_TOPICS, TOPICS } from "./word-lists.js";

export interface GeneratedReport {
  name: string;
  text: string;
}

/** mulberry32: small, fast, good enough for picking words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place {
  county: string;
  city: string;
  province: string;
  towns: string[];
}

let placesCache: Place[] | undefined;
function places(): Place[] {
  if (placesCache) return placesCache;
  const towns = new Map<string, string[]>();
  for (const d of divisionsByCode.values()) {
    // Towns named like 东区街道 or 东城街道 make the extractor (0.1.0) loop forever: left out until it is fixed.
    if (d.level === "township" && d.parent && !/区街道$|^[东西南北中]/.test(d.name))
      towns.set(d.parent, [...(towns.get(d.parent) ?? []), d.name]);
  }
  const out: Place[] = [];
  for (const d of divisionsByCode.values()) {
    if (d.level !== "county" || !d.parent) continue;
    const city = divisionsByCode.get(d.parent);
    const province = city?.parent ? divisionsByCode.get(city.parent) : city;
    if (!city || !province || city.level !== "city" || (towns.get(d.code)?.length ?? 0) < 3) continue;
    out.push({ county: d.name, city: city.name, province: province.name, towns: towns.get(d.code)! });
  }
  return (placesCache = out.sort((a, b) => (a.city + a.county < b.city + b.county ? -1 : 1)));
}

let lawsCache: string[] | undefined;
export function nationalLaws(): string[] {
  return (lawsCache ??= [...lawsByTitle.values()]
    .filter((l) => (l.kind === "law" || l.kind === "administrative_regulation") && l.title.length <= 24)
    .map((l) => l.title)
    .sort());
}

/**
 * `real`: reports the size and density of the shared corpora (generate-real.ts). `small`: the first generator's
 * ~3,700-character 法治政府建设 reports, dense with figures (every figure in RESULTS.md before "Real-sized reports").
 */
export const PROFILES = ["real", "small"] as const;
export type GeneratorProfile = (typeof PROFILES)[number];

export function generateReports(count: number, seed: number, profile: GeneratorProfile = "real"): GeneratedReport[] {
  const one = profile === "real" ? generateRealReport : generateReport;
  const out: GeneratedReport[] = [];
  for (let i = 0; i < count; i++) out.push(one(i, seed));
  return out;
}

/** Report `index` of the series `seed` in the `small` profile: the same pair always gives the same text. */
export function generateReport(index: number, seed: number): GeneratedReport {
  const rand = prng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Zipf-like: low indexes far more often (common programmes and laws recur in most reports)
  const pickSkewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 2.5)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const allPlaces = places();
  // about four reports per county (several years), spread over the country
  const place = allPlaces[Math.floor(rand() * Math.min(allPlaces.length, Math.max(50, Math.ceil(index / 4) + 50)))]!;
  const year = 2015 + int(0, 9);
  const gov = `${place.city}${place.county}人民政府`;
  const countyShort = place.county.replace(/(区|县|市|旗)$/, "");
  // the level character a report uses for its own bodies: 区卫计局 in a district, 县卫计局 in a county
  const lvl = /[区县市旗]$/.test(place.county) ? place.county.slice(-1) : "县";
  const depts = Array.from({ length: int(4, 8) }, () => pick(DEPARTMENTS));
  const laws = Array.from({ length: int(2, 5) }, () => pickSkewed(nationalLaws()));
  const programme = () => {
    const topic = pickSkewed(TOPICS);
    return rand() < 0.3 ? `${countyShort}${topic}${pick(PROGRAM_SUFFIXES)}` : `${topic}${pick(PROGRAM_SUFFIXES)}`;
  };
  const figure = () => {
    const [label, unit, size] = pick(METRIC_LABELS);
    return `${label}${Math.max(1, Math.round(size * (0.2 + rand() * 1.6)))}${unit}`;
  };

  const lines: string[] = [];
  lines.push(
    `${gov}关于${year}年法治政府建设工作的报告`,
    "",
    `${String(int(1, 28)).padStart(2, "0")}.03.${year + 1}  10:00`,
    "",
  );
  lines.push(
    `${year}年以来,在${lvl}委、${lvl}政府的正确领导下,全${lvl}各行政机关认真贯彻落实党中央、国务院《法治政府建设实施纲要》,全面推进依法行政。现将有关情况报告如下:`,
    "",
    `一、${year}年主要工作和取得的成效`,
    "",
  );
  const paragraphs = int(4, 12);
  for (let p = 1; p <= paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0, n = int(6, 14); s < n; s++) {
      const [dept, short] = pick(depts);
      const roll = rand();
      if (roll < 0.62)
        sentences.push(
          `${lvl}${short}继续开展“${programme()}”,${figure()},${figure()}${rand() < 0.5 ? `,${figure()}` : ""}。`,
        );
      else if (roll < 0.72) sentences.push(`${place.county}${dept}认真贯彻落实《${pick(laws)}》,${figure()}。`);
      else if (roll < 0.8) sentences.push(`${pick(place.towns)}推进“${programme()}”,${figure()}。`);
      else if (roll < 0.86)
        sentences.push(
          `${lvl}政府制定出台《${place.county}${pick(REGULATION_TOPICS)}办法》,审查规范性文件${int(2, 30)}件。`,
        );
      else if (roll < 0.9)
        sentences.push(`将${lvl}${short}承担的${pick(TOPICS)}职责划入${lvl}${pick(DEPARTMENTS)[1]}。`);
      else if (roll < 0.92) sentences.push(`撤销${place.county}${pick(TOPICS)}工作领导小组办公室。`);
      else sentences.push(`全年${figure()},${figure()},同比增长${int(2, 30)}.${int(0, 9)}%。`);
    }
    lines.push(
      `(${"一二三四五六七八九十"[p - 1] ?? p})强化${pick(TOPICS)},依法行政水平不断提高。${sentences.join("")}`,
      "",
    );
  }
  lines.push(
    "二、存在的主要问题",
    "",
    `一是${pick(TOPICS)}工作有待加强。二是执法力量不足,${pick(place.towns)}未配备专职人员。`,
    "",
  );
  lines.push(
    `三、${year + 1}年工作安排`,
    "",
    `继续推进“${programme()}”,深入实施《${pick(laws)}》。(${countyShort}${lvl}政府法制办供稿)`,
    "",
  );
  return { name: `synthetic-${seed}-${String(index).padStart(6, "0")}.txt`, text: lines.join("\n") };
}
