/**
 * Finding entities by the names people use: an id, a GB/T 2260 code (jurisdictions), the canonical name, the short
 * caption (区卫计局) or an alias; for jurisdictions also the tail of the canonical name below a division it lies in
 * (荆州市沙市区 and 沙市区 for 湖北省荆州市沙市区, but not 市区). An id whose name part is not canonical
 * (agency:沙市区人民政府) is looked up by that part. Every branch is an index seek or an index scan (see
 * schema/neo4j/002-node-indexes.cypher), never a label scan: aliases, a list, are found through the TEXT index on
 * `aliasText` and then checked exactly.
 */
import type { EntityType } from "../../extract/types.js";
import type { CypherQuery } from "../query.js";

/** How well a candidate matches, best first: the best rank present decides (several at it: ambiguous). */
export const NAME_RANKS = { id: 0, code: 1, name: 2, alias: 3 } as const;

/** The part of `text` after the label's id prefix (`agency:` for Agency), or `text` itself. */
export function namePart(label: EntityType, text: string): string {
  const prefix = `${label.toLowerCase()}:`;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

function branches(label: EntityType): string[] {
  const { id, code, name, alias } = NAME_RANKS;
  const out = [
    `MATCH (n:${label} {id: $text}) RETURN n, ${id} AS rank`,
    `MATCH (n:${label}) WHERE n.name = $name RETURN n, ${name} AS rank`,
    `MATCH (n:Entity) WHERE n.short = $name AND n:${label} RETURN n, ${alias} AS rank`,
    `MATCH (n:Entity) WHERE n.aliasText CONTAINS $name AND $name IN n.aliases AND n:${label} RETURN n, ${alias} AS rank`,
  ];
  if (label === "Jurisdiction") {
    out.push(
      `MATCH (n:Jurisdiction) WHERE n.code = $name RETURN n, ${code} AS rank`,
      `MATCH (n:Entity) WHERE n.name ENDS WITH $name AND n.name <> $name AND n:Jurisdiction
         AND EXISTS { MATCH (n)-[:WITHIN*1..]->(a:Jurisdiction) WHERE a.name + $name = n.name }
       RETURN n, ${alias} AS rank`,
    );
  }
  return out;
}

/**
 * Rows (id, name, rank) of the entities of `labels` that `text` names, best rank first, at most `limit`.
 * `text` must not be empty (an empty alias text would match every entity).
 */
export function entitiesNamed(labels: readonly EntityType[], text: string, limit: number): CypherQuery {
  const union = [...new Set(labels)].flatMap(branches).join("\n  UNION\n  ");
  // One name part per label prefix would need one $name per label; a prefix is only stripped when all labels share it.
  const name = labels.length === 1 ? namePart(labels[0]!, text) : text;
  return {
    cypher: `CALL () {
  ${union}
}
WITH n, min(rank) AS rank
ORDER BY rank, size(n.name), n.name, n.id LIMIT $limit
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, rank`,
    params: { text, name, limit },
  };
}
