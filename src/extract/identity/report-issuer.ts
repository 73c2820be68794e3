/**
 * Whose report a text is when no title line says so: the government that delivers it. Read, in order, from
 *   - `我代表X人民政府` / `我代表国务院` / `受国务院的委托` (X a place, or only its level: 省, 市, 区 …),
 *   - the session line `在浙江省第十四届人民代表大会第四次会议上` (全国人民代表大会: the State Council),
 *   - the speaker line `上海市市长 龚正` / `国务院总理 李强`,
 *   - when only the level is known (我代表省人民政府), the division of that level the text names most,
 *   - and when nothing else speaks, 国务院决定： (the State Council deciding in a speech to the deputies).
 */
import { divisionsByCode } from "../lexicon/divisions.js";
import { jurisdictionOfText, scanJurisdictions } from "../passes/place-scan.js";
import { foldText } from "../util/fold.js";
import type { AdminLevel } from "../types.js";

export type IssuerPlace = { national: true; basis: string } | { code: string; basis: string };

const LEVEL_OF: Record<string, AdminLevel[]> = {
  省: ["provincial"],
  自治区: ["provincial"],
  市: ["city", "provincial"],
  州: ["city"],
  盟: ["city"],
  区: ["county"],
  县: ["county"],
  旗: ["county"],
  镇: ["township"],
  乡: ["township"],
};

const ON_BEHALF = /我代表([^,。\n]{0,16}?)(人民政府|政府|国务院)/;
const ENTRUSTED = /受[^,。\n]{0,8}国务院的?委托/;
const SESSION_PLACE = /在([^,。\n\d]{2,20}?)第[一二三四五六七八九十\d]{1,3}届人民代表大[会會]/;
const NATIONAL_SESSION = /第[一二三四五六七八九十\d]{1,3}届全[国國]人民代表大[会會]/;
const STATE_COUNCIL_DECIDES = /国务院(?:已经|已)?决定[:,]/;
const SPEAKER = /^([^,。\n]{0,14}?)(省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|主席|总理)[^,。\n]{1,6}$/m;

function placeIn(text: string): string | undefined {
  return text ? jurisdictionOfText(text) : undefined;
}

/** The division of one of `levels` that `text` names most, when it clearly leads (3+ mentions, twice the next). */
function dominant(text: string, levels: AdminLevel[]): string | undefined {
  const norm = foldText(text);
  const counts = new Map<string, number>();
  for (const m of scanJurisdictions(norm, 0, norm.length)) {
    const level = divisionsByCode.get(m.code)?.level;
    if (level && levels.includes(level)) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] < 2 * second[1])) return undefined;
  return first[0];
}

/** `compact`: the text as compactText gives it (no spaces, line breaks kept). */
export function issuerPlaceOf(compact: string): IssuerPlace | undefined {
  const opening = compact.slice(0, 3000);
  let levels: AdminLevel[] | undefined;
  const behalf = ON_BEHALF.exec(opening);
  if (behalf) {
    const who = behalf[1]!;
    if (behalf[2] === "国务院" || /中央/.test(who)) return { national: true, basis: behalf[0] };
    const code = placeIn(who);
    if (code) return { code, basis: behalf[0] };
    levels = LEVEL_OF[who.replace(/^(?:本|我)/, "")];
  }
  if (ENTRUSTED.test(opening)) return { national: true, basis: ENTRUSTED.exec(opening)![0] };
  const session = SESSION_PLACE.exec(opening);
  const sessionCode = session && placeIn(session[1]!);
  if (session && sessionCode) return { code: sessionCode, basis: session[0] };
  if (!levels && NATIONAL_SESSION.test(opening)) return { national: true, basis: NATIONAL_SESSION.exec(opening)![0] };
  const lines = compact.split("\n");
  for (const line of [...lines.slice(0, 20), ...lines.slice(-10)]) {
    const speaker = SPEAKER.exec(line.trim());
    if (!speaker) continue;
    if (speaker[2] === "总理") return { national: true, basis: speaker[0] };
    const code = placeIn(speaker[1]!);
    if (code) return { code, basis: speaker[0] };
  }
  if (levels) {
    const code = dominant(compact, levels);
    if (code) return { code, basis: `${behalf![0]}; ${divisionsByCode.get(code)!.name} named most` };
    return undefined;
  }
  // a speech in which the State Council decides (国务院决定：…) and no government speaks for itself
  const decides = STATE_COUNCIL_DECIDES.exec(compact);
  if (decides) return { national: true, basis: decides[0] };
  return undefined;
}
