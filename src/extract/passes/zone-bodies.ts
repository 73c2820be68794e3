/**
 * Helper of pass 8: the bodies of new areas and development zones, which are no division of GB/T 2260:
 * 横琴合作区管委会, 雄安新区党工委, 高新区管委会, and the bodies named after one of them with the zone's name
 * left out (横琴合作区管委会、执委会). The zone's name is the run of characters before the body that ends in a
 * zone word (新区, 开发区, 合作区 …), with leading verbs (组建运行…) and function words taken off.
 */
import type { AgencyMention, JurisdictionMention } from "../document.js";
import { readTsv } from "../lexicon/tsv.js";
import { isCjkAt } from "../util/text.js";
import { agencyId } from "../identity/ids.js";

const BODIES: [string, (zone: string) => string, "government" | "party"][] = [
  ["管理委员会", (z) => `${z}管理委员会`, "government"],
  ["管委会", (z) => `${z}管理委员会`, "government"],
  ["执行委员会", (z) => `${z}执行委员会`, "government"],
  ["执委会", (z) => `${z}执行委员会`, "government"],
  ["党工委", (z) => `中共${z}工作委员会`, "party"],
  ["工作委员会", (z) => `中共${z}工作委员会`, "party"],
];
const ZONE_END =
  /(?:新区|开发区|高新区|经开区|合作区|试验区|示范区|保税区|综保区|自贸区|片区|园区|产业园|工业园|管理区|保护区|风景名胜区)$/;
const NOT_IN_NAME = new Set("的和与及、,;:。()“”《》\n ");
const MAX_ZONE = 16;
const NOT_STARTING = (readTsv("agency-context.tsv").find(([rule]) => rule === "zone_name_not_starting")?.[1] ?? "")
  .split(",")
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

function bodyAt(norm: string, pos: number): (typeof BODIES)[number] | undefined {
  return BODIES.find(([suffix]) => norm.startsWith(suffix, pos));
}

/** Where the zone's name before `end` starts: at a place name inside the run if any, else after leading verbs. */
function zoneStart(norm: string, end: number, places: Map<number, JurisdictionMention>): number | undefined {
  let start = end;
  while (start > 0 && end - start < MAX_ZONE && isCjkAt(norm, start - 1) && !NOT_IN_NAME.has(norm[start - 1])) start--;
  if (!ZONE_END.test(norm.slice(start, end))) return undefined;
  if (norm.startsWith("中共", start)) start += 2;
  for (let i = start; i < end - 2; i++) if (places.has(i)) return i;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const w of NOT_STARTING) {
      if (norm.startsWith(w, start) && end - start - w.length >= 3) {
        start += w.length;
        stripped = true;
        break;
      }
    }
  }
  return end - start >= 3 ? start : undefined;
}

export function zoneBodies(
  norm: string,
  from: number,
  to: number,
  jurisdictions: JurisdictionMention[],
): AgencyMention[] {
  const places = new Map(jurisdictions.map((j) => [j.start, j]));
  const out: ZoneMention[] = [];
  for (let pos = norm.indexOf("委", from); pos >= 0 && pos < to; pos = norm.indexOf("委", pos + 1)) {
    // every body word has 委 as its 2nd, 3rd or 5th character
    for (const back of [1, 2, 4]) {
      const at = pos - back;
      const body = at >= from ? bodyAt(norm, at) : undefined;
      if (!body) continue;
      const [suffix, name, kind] = body;
      const end = at + suffix.length;
      const previous = out[out.length - 1];
      const start = zoneStart(norm, at, places);
      if (start !== undefined) {
        const zone = norm.slice(start, at);
        out.push({
          start,
          end,
          text: norm.slice(start, end),
          refs: [{ id: agencyId(name(zone)), name: name(zone), kind }],
          zone,
        });
      } else if (previous && norm[at - 1] === "、" && previous.end === at - 1) {
        // 横琴合作区管委会、执委会: the second body belongs to the same zone
        const zone = previous.zone;
        out.push({
          start: at,
          end,
          text: norm.slice(at, end),
          refs: [{ id: agencyId(name(zone)), name: name(zone), kind }],
          zone,
        });
      }
      pos = end - 1;
      break;
    }
  }
  return out.map(({ zone: _zone, ...m }) => m);
}

interface ZoneMention extends AgencyMention {
  zone: string;
}
