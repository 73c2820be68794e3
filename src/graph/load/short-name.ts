/**
 * The `short` caption of an entity node (Neo4j Browser shows it; full names all start 荆州市沙市区…): the short
 * form the report used most often (区卫计局, 行政诉讼法), else the name without the places it starts with
 * (the report's own jurisdiction names), keeping the last place before 人民… (沙市区人民政府, not 人民政府).
 */
import type { ExtractedEntity } from "../../extract/types.js";

const MIN_LENGTH = 2;

/**
 * The report's place names as shortName takes them: long enough to strip, longest first (equal lengths in the given
 * order). Made once per report, not once per entity.
 */
export function placesLongestFirst(placeNames: readonly string[]): string[] {
  return placeNames.filter((p) => p.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
}

/** `places` as placesLongestFirst gives them. */
export function shortName(entity: ExtractedEntity, places: readonly string[]): string {
  const used = new Map<string, number>();
  for (const m of entity.mentions) {
    // only a text that opens with 《 can be a title in book marks: the others skip the regex
    const text = m.text.startsWith("《") ? m.text.replace(/^《(.*)》$/, "$1") : m.text;
    if (text !== entity.name && text.length >= MIN_LENGTH) used.set(text, (used.get(text) ?? 0) + 1);
  }
  const best = [...used].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0];
  if (best && best[0].length < entity.name.length) return best[0];
  if (entity.type === "Metric" || entity.type === "Program") return entity.name;
  return withoutPlaces(entity.name, places);
}

function withoutPlaces(name: string, places: readonly string[]): string {
  let rest = name;
  for (;;) {
    const place = places.find((p) => rest.startsWith(p) && rest.length - p.length >= MIN_LENGTH);
    if (!place) return rest;
    const next = rest.slice(place.length);
    if (next.startsWith("人民") || next === "政府") return rest;
    rest = next;
  }
}
