/**
 * Pass 8: agencies. A lexicon form (人民政府, 卫计局, 委, 国务院 …) or a generic name ending in
 * 局/办公室/中心 … becomes an agency when a place name (荆州市沙市区), a level word (区, 省) or,
 * for some forms, nothing stands before it; relative names resolve against the report's jurisdiction.
 */
import {
  outsideFurniture,
  type AgencyMention,
  type AgencyRef,
  type Doc,
  type JurisdictionMention,
} from "../document.js";
import { agencyForms, LEVEL_CHARS, type AgencyForm, type LevelChar } from "../lexicon/agencies.js";
import { divisionsByCode } from "../lexicon/divisions.js";
import { agencyRefs, governmentPrefix, refFor, resolveLevelChar } from "../canonical.js";
import { formFitsNextChar, genericAgencyAt, levelCharStandsAlone } from "./agency-forms.js";
import { scanJurisdictions } from "./place-scan.js";
import { zoneBodies } from "./zone-bodies.js";
import { jurisdictionNames } from "../lexicon/jurisdiction-names.js";
import { foldText } from "../util/fold.js";

interface Prefix {
  start: number;
  code?: string;
  party: boolean;
}

/** What stands right before `at`: a chain of place names, a level word, or nothing. */
function prefixBefore(
  norm: string,
  at: number,
  byEnd: Map<number, JurisdictionMention>,
  report?: string,
): Prefix | undefined {
  let m = byEnd.get(at);
  if (m) {
    const code = m.code;
    let start = m.start;
    while ((m = byEnd.get(start))) start = m.start;
    const party = norm.startsWith("中共", start - 2);
    return { start: party ? start - 2 : start, code, party };
  }
  const c = norm[at - 1];
  if (c && LEVEL_CHARS.has(c) && levelCharStandsAlone(norm, at - 1)) {
    return { start: at - 1, code: resolveLevelChar(c as LevelChar, report)?.code, party: false };
  }
  return undefined;
}

const TERM = /第?[一二三四五六七八九十]{1,3}届$/;

/** Length of a term number (十三届, 第十四届) ending at `at`, or 0. */
function termBefore(norm: string, at: number): number {
  const m = TERM.exec(norm.slice(Math.max(0, at - 5), at));
  return m ? m[0].length : 0;
}

/** 纪委监委, 党委政府: a body named right after another, with no place of its own, shares the other's place. */
function joinedTo(out: AgencyMention[], at: number): string | undefined {
  const previous = out[out.length - 1];
  return previous?.end === at ? previous.refs[previous.refs.length - 1]?.jurisdictionCode : undefined;
}

/** The bodies that list with a congress or CPPCC committee of their own level: 自治区人大、政协, 省委、人大、政协. */
const LEVEL_BODIES = new Set(["congress", "cppcc", "party", "government"]);

/**
 * 自治区人大、政协, 省人大和政协: a congress or CPPCC committee named with no level right after a body of a level,
 * joined by 、 or 和, shares its level (the level word is said once for the list).
 */
function listedWith(out: AgencyMention[], norm: string, at: number, form: AgencyForm): string | undefined {
  const previous = out[out.length - 1];
  if (!previous || previous.end !== at - 1 || !"、和及与".includes(norm[at - 1])) return undefined;
  if (!form.kinds.every((k) => k === "congress" || k === "cppcc")) return undefined;
  const last = previous.refs[previous.refs.length - 1];
  return last && LEVEL_BODIES.has(last.kind) ? last.jurisdictionCode : undefined;
}

/** The country's code in the division table (special-divisions.tsv). */
const COUNTRY = "CN";

/** A department name standing alone (将农林水局下属…) belongs to the report's own jurisdiction. */
const BARE_DEPARTMENT_AFTER = new Set("将对由和与及在向经同是把被为、,:;。(\n ");

function bareRefs(norm: string, at: number, form: AgencyForm, report?: string, afterAgency = false): AgencyRef[] {
  if (form.central) return agencyRefs(form, undefined);
  if (form.listOnly) return afterAgency || norm.startsWith("会同", at - 2) ? agencyRefs(form, report) : [];
  const department = form.kinds.every((k) => k === "department" || k === "institution");
  const standsAlone = at === 0 || BARE_DEPARTMENT_AFTER.has(norm[at - 1]);
  if (department && standsAlone && report && /county|township/.test(divisionsByCode.get(report)?.level ?? ""))
    return agencyRefs(form, report);
  if (!form.bare) return [];
  const code = form.bareLevel ? resolveLevelChar(form.bareLevel, report)?.code : report;
  return agencyRefs(form, code);
}

/**
 * LEVEL_CHARS as a table by code unit: the scan tests every position, where norm[i] would allocate a string and a
 * Set lookup hash the code.
 */
const IS_LEVEL_CODE = new Uint8Array(0x10000);
for (const c of LEVEL_CHARS) IS_LEVEL_CODE[c.charCodeAt(0)] = 1;

/** Which positions of norm[0, to] a place name ends at, tested at every position of the scan (a table, not a Map). */
function placeEndsIn(jurisdictions: JurisdictionMention[], to: number): Uint8Array {
  const ends = new Uint8Array(to + 1);
  for (const j of jurisdictions) if (j.end <= to) ends[j.end] = 1;
  return ends;
}

export function scanAgencies(
  norm: string,
  from: number,
  to: number,
  jurisdictions: JurisdictionMention[],
  report?: string,
): AgencyMention[] {
  const byEnd = new Map(jurisdictions.map((j) => [j.end, j]));
  const placeEnds = placeEndsIn(jurisdictions, to);
  const out: AgencyMention[] = [];
  for (let pos = from; pos < to; pos++) {
    let found: AgencyMention | undefined;
    for (const hit of agencyForms.allAt(norm, pos, to)) {
      let end = hit.end;
      const surface = norm.slice(hit.start, end);
      // 省十三届人大, 浙江省第十四届人民代表大会: the term number sits between the place and the congress
      const term =
        hit.value.kinds[0] === "congress" || hit.value.kinds[0] === "cppcc" ? termBefore(norm, hit.start) : 0;
      const prefix = prefixBefore(norm, hit.start - term, byEnd, report);
      if (surface === "委" && norm.startsWith("员会", end)) {
        if (!prefix?.party) continue;
        end += 2;
      } else if (!formFitsNextChar(surface, norm[end])) continue;
      // a central body may carry the country's name (中华人民共和国国务院, 中华人民共和国教育部), no other place
      const national = !!prefix?.code && prefix.code === COUNTRY;
      if (prefix && (hit.value.central ? !national : hit.value.listOnly)) continue;
      const afterAgency = norm[hit.start - 1] === "、" && out[out.length - 1]?.end === hit.start - 1;
      const joined = prefix ? undefined : (joinedTo(out, hit.start) ?? listedWith(out, norm, hit.start, hit.value));
      const refs = hit.value.central
        ? agencyRefs(hit.value, undefined)
        : prefix
          ? prefix.code
            ? agencyRefs(hit.value, prefix.code)
            : []
          : joined
            ? agencyRefs(hit.value, joined)
            : bareRefs(norm, hit.start, hit.value, report, afterAgency);
      if (!refs.length) continue;
      let start = prefix ? prefix.start : hit.start;
      if (prefix?.code && !prefix.party) {
        const shared = coordinatedPlaces(norm, prefix.start, byEnd, prefix.code);
        for (const place of shared) refs.unshift(...agencyRefs(hit.value, place.code));
        if (shared.length) start = shared[0].start;
      }
      found = { start, end, text: norm.slice(start, end), refs };
      break;
    }
    if (!found && (placeEnds[pos] === 1 || IS_LEVEL_CODE[norm.charCodeAt(pos - 1)] === 1))
      found = genericAfterPlace(norm, pos, to, byEnd, report);
    if (found) {
      while (out.length && out[out.length - 1].end > found.start) out.pop();
      out.push(found);
      pos = found.end - 1;
    }
  }
  return out;
}

/**
 * Places listed before the one an agency name starts with, sharing its form (香港、澳门特别行政区政府 names
 * both SAR governments): places of the same level joined by 、, outermost first.
 */
function coordinatedPlaces(
  norm: string,
  at: number,
  byEnd: Map<number, JurisdictionMention>,
  code: string,
): JurisdictionMention[] {
  const level = divisionsByCode.get(code)?.level;
  const out: JurisdictionMention[] = [];
  for (let m = byEnd.get(at - 1); m && norm[at - 1] === "、"; m = byEnd.get(at - 1)) {
    if (divisionsByCode.get(m.code)?.level !== level || byEnd.has(m.start)) break;
    out.unshift(m);
    at = m.start;
  }
  return out;
}

function startsPlace(norm: string, pos: number): boolean {
  return !!jurisdictionNames.longestAt(norm, pos);
}

/** 区新型农村合作医疗办公室, 天津市西青区市场监督稽查大队: names the lexicon does not hold. */
function genericAfterPlace(
  norm: string,
  pos: number,
  to: number,
  byEnd: Map<number, JurisdictionMention>,
  report?: string,
): AgencyMention | undefined {
  if (agencyForms.allAt(norm, pos, to).length || startsPlace(norm, pos)) return undefined;
  const prefix = prefixBefore(norm, pos, byEnd, report);
  const division = prefix?.code ? divisionsByCode.get(prefix.code) : undefined;
  // after a country the words are a phrase (朝鲜半岛局势), not a local body
  if (!prefix || !division || prefix.party || division.level === "national") return undefined;
  // after a short place name (长沙全球研发中心) the words are too often not a body's name
  const place = byEnd.get(pos);
  if (place && place.text !== division.name) return undefined;
  const generic = genericAgencyAt(norm, pos, to, !byEnd.has(pos));
  if (!generic) return undefined;
  // a lexicon form inside the name means the lexicon reading is the right one
  for (let i = pos + 1; i < generic.end - 3; i++)
    if (agencyForms.allAt(norm, i, generic.end - 3).length) return undefined;
  // nor does a body's name hold a second place (区共建内蒙古牛羊肉交易中心 is a project)
  for (let i = pos + 1; i < generic.end - 2; i++) if (startsPlace(norm, i)) return undefined;
  const name = governmentPrefix(division.code) + norm.slice(pos, generic.end);
  const ref = refFor(name, generic.institution ? "institution" : "department", division);
  return { start: prefix.start, end: generic.end, text: norm.slice(prefix.start, generic.end), refs: [ref] };
}

/** Agencies named in a free string (caller metadata, a title that is not in the text). */
export function agenciesOfText(text: string, report?: string): AgencyMention[] {
  const norm = foldText(text);
  return scanAgencies(norm, 0, norm.length, scanJurisdictions(norm, 0, norm.length, report), report);
}

function issuerOf(doc: Doc, mentions: AgencyMention[]): AgencyRef | undefined {
  const { meta, header, reportJurisdiction } = doc;
  if (meta.issuer) {
    const named = agenciesOfText(meta.issuer, reportJurisdiction)[0]?.refs[0];
    return named ?? { id: `agency:${meta.issuer.trim()}`, name: meta.issuer.trim(), kind: "government" };
  }
  const inSpan = (span?: { start: number; end: number }) =>
    span && mentions.find((m) => m.start >= span.start && m.end <= span.end)?.refs[0];
  const fromTitle = header.titleSpan
    ? inSpan(header.titleSpan)
    : agenciesOfText(header.title, reportJurisdiction)[0]?.refs[0];
  const found = fromTitle ?? inSpan(header.issuerLine);
  if (found) return found;
  if (reportJurisdiction && /政府/.test(header.title)) {
    const division = divisionsByCode.get(reportJurisdiction);
    if (reportJurisdiction === COUNTRY) return agencyRefs(agencyForms.get("国务院")!, undefined)[0];
    if (division && division.level !== "national")
      return refFor(`${governmentPrefix(division.code)}人民政府`, "government", division);
  }
  return undefined;
}

export function findAgencies(doc: Doc): Doc {
  const zones = zoneBodies(doc.norm, 0, doc.bodyEnd, doc.jurisdictions);
  const inZone = (m: AgencyMention) => zones.some((z) => z.start < m.end && m.start < z.end);
  const scanned = scanAgencies(doc.norm, 0, doc.bodyEnd, doc.jurisdictions, doc.reportJurisdiction);
  const found = zones.length
    ? [...scanned.filter((m) => !inZone(m)), ...zones].sort((a, b) => a.start - b.start)
    : scanned;
  const mentions = outsideFurniture(doc, found).map((m) => ({
    ...m,
    text: doc.text.slice(m.start, m.end),
  }));
  return { ...doc, agencies: mentions, issuer: issuerOf(doc, mentions) };
}
