/**
 * The `short` caption of an entity node (Neo4j Browser shows it; full names all start 荆州市沙市区…): the short
 * form the report used most often (区卫计局, 行政诉讼法), else the name without the places it starts with
 * (the report's own jurisdiction names), keeping the last place before 人民… (沙市区人民政府, not 人民政府).
 */
import type { ExtractedEntity } from "../../extract/types.js";

const MIN_LENGTH = 2;

export function shortName(entity: ExtractedEntity, placeNames: readonly string[]): string {
  const used = new Map<string, number>();
  for (const m of entity.mentions) {
    const text = m.text.replace(/^《(.*)》$/, "$1");
    if (text !== entity.name && text.length >= MIN_LENGTH) used.set(text, (used.get(text) ?? 0) + 1);
  }
  const best = [...used].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0];
  if (best && best[0].length < entity.name.length) return best[0];
  if (entity.type === "Metric" || entity.type === "Program") return entity.name;
  return withoutPlaces(entity.name, placeNames);
}

function withoutPlaces(name: string, placeNames: readonly string[]): string {
  const places = [...placeNames].filter((p) => p.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
  let rest = name;
  for (;;) {
    const place = places.find((p) => rest.startsWith(p) && rest.length - p.length >= MIN_LENGTH);
    if (!place) return rest;
    const next = rest.slice(place.length);
    if (next.startsWith("人民") || next === "政府") return rest;
    rest = next;
  }
}
