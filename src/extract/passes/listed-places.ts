/**
 * Helper of pass 7: places named by their stem inside a list (推进珲春、集安、延吉; 深圳、珠海、中山). A stem alone
 * (集安, 中山, 光明) is too often an ordinary word or part of another name, so it counts only as an item of a
 * 、-list of at least two places, one of them named in full, or of at least three, and only for units of the
 * report's own province.
 */
import type { JurisdictionMention } from "../document.js";
import { ancestors, isWithin, type Division } from "../lexicon/divisions.js";
import { listOnlyNames } from "../lexicon/jurisdiction-names.js";

interface Item extends JurisdictionMention {
  listOnly: boolean;
}

function pick(candidates: Division[], report: string): Division | undefined {
  const chain = ancestors(report);
  const province = chain[0];
  if (!province || province.level !== "provincial") return undefined;
  const inProvince = candidates.filter((d) => isWithin(d.code, province.code));
  if (inProvince.length <= 1) return inProvince[0];
  const city = chain[1];
  const inCity = city ? inProvince.filter((d) => isWithin(d.code, city.code)) : [];
  return inCity.length === 1 ? inCity[0] : undefined;
}

function acceptedChain(chain: Item[]): boolean {
  return chain.length >= 3 || (chain.length === 2 && chain.some((i) => !i.listOnly));
}

export function listedPlaces(norm: string, from: number, to: number, mentions: JurisdictionMention[], report: string): JurisdictionMention[] {
  const candidates: Item[] = [];
  let m = 0;
  for (const hit of listOnlyNames.scan(norm, from, to)) {
    while (m < mentions.length && mentions[m].end <= hit.start) m++;
    if (m < mentions.length && mentions[m].start < hit.end) continue; // inside or across a full name
    const d = pick(hit.value, report);
    if (d) candidates.push({ start: hit.start, end: hit.end, text: norm.slice(hit.start, hit.end), code: d.code, listOnly: true });
  }
  if (!candidates.length) return mentions;
  const items: Item[] = [...mentions.map((x) => ({ ...x, listOnly: false })), ...candidates].sort((a, b) => a.start - b.start);
  const accepted = new Set<Item>();
  let chain: Item[] = [];
  const close = () => {
    if (acceptedChain(chain)) for (const i of chain) if (i.listOnly) accepted.add(i);
  };
  for (const item of items) {
    const last = chain[chain.length - 1];
    if (last && item.start === last.end + 1 && norm[last.end] === "、") chain.push(item);
    else {
      close();
      chain = [item];
    }
  }
  close();
  if (!accepted.size) return mentions;
  return items.filter((i) => !i.listOnly || accepted.has(i)).map(({ listOnly: _listOnly, ...mention }) => mention);
}
