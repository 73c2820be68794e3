/**
 * Searching entities by name, for the API's search resolvers. Hits come in tiers, best first (the score says
 * which): 4 the canonical name itself, 3 a short name or alias equal to the query (区政府 is the district
 * government), 2 a name or alias ending with it (卫生局: 荆州市卫生局, 区卫生局), 1–2 a name or alias containing it
 * (1 + the full-text score squashed below 1), 0.5 an abbreviation: the query's characters in order in a name that
 * ends with its last character, as Chinese short forms are made (卫生局 → 卫生和计划生育局, 人社局 →
 * 人力资源和社会保障局). Within a tier shorter names come first.
 *
 * The `entity_names` full-text index uses the cjk analyzer, which indexes overlapping character bigrams: a query
 * of two or more characters matches inside names (as a phrase of bigrams, so 卫计局 does not also match every
 * 计局), but a one-character query matches nothing; for those the contains tier is `name CONTAINS`, served by the
 * entity_name_text TEXT index. The exact and ending tiers seek the name, `short` and `aliasText` indexes
 * (schema/neo4j/002-node-indexes.cypher); every tier is capped, so a common word stays cheap on a large graph.
 * (LIMIT needs an integer: JS numbers go as floats, so counts are sent with neo4j.int.)
 */
import neo4j from "neo4j-driver";
import { FULLTEXT_INDEX } from "./model.js";

export interface SearchQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Lucene's special characters, escaped so user input is always literal text. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");
}

/** Each whitespace-separated term becomes a quoted phrase; all must match. Empty when nothing searchable is left. */
export function luceneQuery(text: string): string {
  const terms = text.trim().split(/\s+/).filter(Boolean);
  return terms.map((t) => `"${escapeLucene(t)}"`).join(" AND ");
}

/** True when the full-text index can answer `text` (every term has at least two characters). */
export function fulltextCanAnswer(text: string): boolean {
  const terms = text.trim().split(/\s+/).filter(Boolean);
  return terms.length > 0 && terms.every((t) => [...t].length >= 2);
}

/** Queries of this many Han characters (and no others) also get the abbreviation tier. */
const ABBREVIATION = /^\p{Script=Han}{2,12}$/u;

/** The Cypher regex of an abbreviation: its characters in order, the last one ending the name (Han only: no escaping). */
export function abbreviationPattern(text: string): string | null {
  if (!ABBREVIATION.test(text)) return null;
  return [...text].map((c) => `.*${c}`).join("");
}

/**
 * Entities matching `text`, best first: rows (node, score), tiers as above. `labels` optionally restricts to some
 * entity labels. `projection` (an expression over `node`, e.g. a map projection of the properties needed)
 * replaces the whole node in the rows; its parameters, if any, come in `projectionParams`.
 */
export function entitySearch(
  text: string,
  limit: number,
  labels: string[] = [],
  projection = "node",
  projectionParams: Record<string, unknown> = {},
): SearchQuery {
  const q = text.trim();
  const wanted = "(size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))";
  const capped = (match: string, score: string) =>
    `${match} AND ${wanted} WITH node ORDER BY size(node.name) LIMIT $fetch RETURN node, ${score} AS score`;
  const tiers = [
    capped("MATCH (node:Entity) WHERE node.name = $text", "4.0"),
    capped("MATCH (node:Entity) WHERE node.short = $text", "3.0"),
    capped("MATCH (node:Entity) WHERE node.aliasText CONTAINS $text AND $text IN node.aliases", "3.0"),
    capped("MATCH (node:Entity) WHERE node.name ENDS WITH $text", "2.0"),
    capped(
      "MATCH (node:Entity) WHERE node.aliasText CONTAINS $text AND any(a IN node.aliases WHERE a ENDS WITH $text)",
      "2.0",
    ),
    fulltextCanAnswer(q)
      ? `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
    WITH node, score WHERE ${wanted} RETURN node, 1.0 + score / (score + 1.0) AS score`
      : capped("MATCH (node:Entity) WHERE node.name CONTAINS $text", "1.0"),
  ];
  const pattern = abbreviationPattern(q);
  if (pattern)
    tiers.push(capped("MATCH (node:Entity) WHERE node.name ENDS WITH $last AND node.name =~ $pattern", "0.5"));
  return {
    cypher: `CALL () {
    ${tiers.join("\n    UNION\n    ")}
}
WITH node, max(score) AS score
ORDER BY score DESC, size(node.name), node.name LIMIT $limit
RETURN ${projection} AS node, score`,
    params: {
      ...projectionParams,
      index: FULLTEXT_INDEX,
      query: luceneQuery(q),
      text: q,
      last: [...q].at(-1) ?? "",
      pattern,
      fetch: neo4j.int(labels.length ? limit * 5 : limit),
      limit: neo4j.int(limit),
      labels,
    },
  };
}
