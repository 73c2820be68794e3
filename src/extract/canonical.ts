/**
 * Canonical agency names (their ids: identity/ids.ts). Government bodies carry their path from the prefecture-level city
 * down (南昌市南昌县人民政府, 天津市西青区市场监督管理局); Party committees name only their own
 * jurisdiction (中共南昌县委员会); see shared/dev-reports/README.md, "Conventions".
 */
import type { AgencyRef } from "./document.js";
import { agencyId } from "./identity/ids.js";
import { ancestors, divisionsByCode, type Division } from "./lexicon/divisions.js";
import type { AgencyForm, LevelChar } from "./lexicon/agencies.js";
import type { AgencyKind } from "./types.js";

const MUNICIPALITY = /市$/;
const SAR = /特别行政区$/;

/** 荆州市沙市区 for 沙市区; 天津市西青区 for 西青区 (municipalities keep their name); 湖北省 for 湖北省. */
export function governmentPrefix(code: string): string {
  const chain = [...ancestors(code)];
  if (chain.length > 1 && !MUNICIPALITY.test(chain[0].name)) chain.shift();
  return chain.map((d) => d.name).join("");
}

/**
 * How Party committees and CPPCC committees name their place: 南昌市, 南昌县, 石柱土家族自治县黄水镇,
 * but a city district keeps its city (中共荆州市沙市区委员会) and no municipality is prefixed.
 */
export function partyPrefix(code: string): string {
  const chain = [...ancestors(code)];
  if (chain.length > 1) chain.shift(); // the province (or municipality) is never prefixed below its own level
  const county = chain.findIndex((d) => d.level === "county");
  if (county > 0 && !/区$/.test(chain[county].name)) chain.splice(0, county);
  return chain.map((d) => d.name).join("");
}

const LEVEL_SUFFIX: Record<LevelChar, RegExp> = {
  省: /省$/,
  市: /市$/,
  区: /区$/,
  县: /县$/,
  镇: /镇$/,
  乡: /乡$/,
  州: /州$/,
  旗: /旗$/,
};

/** What 区/市/省 … means in a report of `reportCode`: the nearest unit of that kind at or above it. */
export function resolveLevelChar(level: LevelChar, reportCode: string | undefined): Division | undefined {
  if (!reportCode) return undefined;
  const chain = [...ancestors(reportCode)].reverse();
  return chain.find((d) => LEVEL_SUFFIX[level].test(d.name));
}

/** The bodies a lexicon form names in a jurisdiction (two for 法检两院). */
export function agencyRefs(form: AgencyForm, code: string | undefined): AgencyRef[] {
  if (form.central) {
    const name = form.templates[0];
    return [{ id: agencyId(name), name, kind: form.kinds[0], level: "national" }];
  }
  const division = code ? divisionsByCode.get(code) : undefined;
  // a country is not a local government (中华人民共和国政府信息公开条例 names no 人民政府)
  if (!division || division.level === "national") return [];
  return form.templates.map((template, i) => {
    let t = division.level === "provincial" && form.provincialTemplate ? form.provincialTemplate : template;
    // the SARs' governments are 香港特别行政区政府, not 人民政府 (Basic Laws, art. 59/61)
    if (SAR.test(division.name)) t = t.replace("人民政府", "政府");
    const name = t.replace("{J}", governmentPrefix(division.code)).replace("{P}", partyPrefix(division.code));
    const kind = form.kinds[i] ?? form.kinds[0];
    return refFor(name, kind, division);
  });
}

export function refFor(name: string, kind: AgencyKind, division: Division): AgencyRef {
  const ref: AgencyRef = { id: agencyId(name), name, kind, level: division.level, jurisdictionCode: division.code };
  if (kind === "department" || kind === "institution") {
    const government = `${governmentPrefix(division.code)}人民政府`;
    if (name !== government && name.startsWith(government)) ref.parentId = agencyId(government);
  }
  return ref;
}
