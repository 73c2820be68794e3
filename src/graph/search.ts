/**
 * Searching entities by name, for the API's search resolvers. The `entity_names` full-text index uses the cjk
 * analyzer, which indexes overlapping character bigrams: a query of two or more characters matches inside names
 * (as a phrase of bigrams, so 卫计局 does not also match every 计局), but a one-character query matches nothing.
 * For those, `entitySearch` falls back to `name CONTAINS`, served by the entity_name_text TEXT index and capped
 * by `limit`, so it stays cheap even on a large graph. (LIMIT needs an integer: JS numbers go as floats, so
 * counts are sent with neo4j.int.)
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

/**
 * Entities matching `text`, best first: rows (node, score). `labels` optionally restricts to some entity labels.
 * Full-text when it can answer; otherwise a CONTAINS scan of names (score 1 for an exact name, else 0.5).
 * `projection` (an expression over `node`, e.g. a map projection of the properties needed) replaces the whole
 * node in the rows; its parameters, if any, come in `projectionParams`.
 */
export function entitySearch(
  text: string,
  limit: number,
  labels: string[] = [],
  projection = "node",
  projectionParams: Record<string, unknown> = {},
): SearchQuery {
  if (fulltextCanAnswer(text)) {
    return {
      cypher: `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC, node.name LIMIT $limit
RETURN ${projection} AS node, score`,
      params: {
        ...projectionParams,
        index: FULLTEXT_INDEX,
        query: luceneQuery(text),
        fetch: neo4j.int(labels.length ? limit * 5 : limit),
        limit: neo4j.int(limit),
        labels,
      },
    };
  }
  return {
    cypher: `MATCH (node:Entity) WHERE node.name CONTAINS $text AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
WITH node, CASE WHEN node.name = $text THEN 1.0 ELSE 0.5 END AS score
ORDER BY score DESC, size(node.name), node.name LIMIT $limit
RETURN ${projection} AS node, score`,
    params: { ...projectionParams, text: text.trim(), limit: neo4j.int(limit), labels },
  };
}
