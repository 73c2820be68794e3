/**
 * What an ingest may replace, and what it only resembles. A stored report is replaced (removed, in the same
 * transaction that writes the new one) only when the user said so: the new report has the same sourceUrl, or
 * names it in `replaces` (`kg ingest --replaces ID`, the API's `replaces:`; `kg ingest --reextract` passes the
 * stored report it re-reads). A stored report with the same issuer, year and type but another text is a
 * look-alike: probably an older or newer version, kept, and named in the outcome with the way to supersede it.
 */
import type { Query } from "./queries.js";

/**
 * Makes concurrent writers of one sourceUrl wait for each other, in URL order: per URL a (:SourceUrlLock) is
 * created and deleted again, so none is ever committed, but the lock the uniqueness constraint takes on the URL
 * (schema/neo4j/001-constraints.cypher) stays with the transaction until it ends. Without it two writers of two
 * versions, neither yet stored, each found no report to replace, and both versions stayed.
 */
export function lockSourceUrls(urls: string[]): Query {
  return {
    cypher: "UNWIND $urls AS url MERGE (l:SourceUrlLock {url: url}) DELETE l",
    params: { urls: [...new Set(urls)].sort() },
  };
}

export interface SupersedeItem {
  id: string;
  sourceUrl: string | null;
  replaces: string[];
}

/** What one report of a batch does with the batch's other reports of its sourceUrl (see laterWins). */
type InBatch = { by: string } | { absorbs: string[]; replaces: string[] };

/**
 * Two reports of one batch with one sourceUrl: the later replaces the earlier, as if each had been written by a run
 * of its own, one after the other (the batch's own reports are not stored yet, so supersededReports finds none of
 * them: without this both were stored). Per item, in batch order: `by`, the id of the last report of its sourceUrl
 * in the batch, when that is another (the item is not written); otherwise `absorbs`, the ids of the earlier ones it
 * replaces (stored or not), and `replaces` with what those were to replace added, which their own runs would have
 * removed.
 */
export function laterWins(items: SupersedeItem[]): InBatch[] {
  const byUrl = new Map<string, SupersedeItem[]>();
  for (const item of items) {
    if (!item.sourceUrl) continue;
    const group = byUrl.get(item.sourceUrl);
    if (group) group.push(item);
    else byUrl.set(item.sourceUrl, [item]);
  }
  return items.map((item) => {
    const group = item.sourceUrl ? byUrl.get(item.sourceUrl)! : [item];
    const last = group.at(-1)!;
    if (last !== item) return { by: last.id };
    const earlier = group.slice(0, -1);
    return {
      absorbs: earlier.map((e) => e.id),
      replaces: [...new Set([...item.replaces, ...earlier.flatMap((e) => e.replaces)])],
    };
  });
}

/**
 * Per item: the stored reports it replaces (other ids with its sourceUrl, and those of `replaces` that exist) and
 * the ids of `replaces` that name no stored report.
 */
export function supersededReports(items: SupersedeItem[]): Query {
  return {
    cypher: `UNWIND $items AS item
CALL (item) {
  OPTIONAL MATCH (old:Report) WHERE item.sourceUrl IS NOT NULL AND old.sourceUrl = item.sourceUrl AND old.id <> item.id
  RETURN collect(old.id) AS byUrl
}
CALL (item) {
  UNWIND item.replaces AS wanted
  OPTIONAL MATCH (old:Report {id: wanted})
  RETURN collect(old.id) AS named, [w IN collect(CASE WHEN old IS NULL THEN wanted END) WHERE w IS NOT NULL] AS missing
}
RETURN item.id AS id, byUrl, named, missing`,
    params: { items },
  };
}

export interface LookAlikeItem {
  id: string;
  issuer: string;
  year: number;
  reportType: string | null;
}

/**
 * Per item: stored reports of the same issuer and year whose type is the same (or unknown: written before reports
 * had a type), other than the item and the reports written with it in `exclude`.
 */
export function lookAlikeReports(items: LookAlikeItem[], exclude: string[]): Query {
  return {
    cypher: `UNWIND $items AS item
MATCH (r:Report {issuer: item.issuer})
WHERE r.year = item.year AND r.id <> item.id AND NOT r.id IN $exclude
  AND coalesce(r.reportType, item.reportType, '') = coalesce(item.reportType, '')
WITH item, r ORDER BY r.id
RETURN item.id AS id, collect({id: r.id, title: r.title, sourcePath: r.sourcePath}) AS lookAlikes`,
    params: { items, exclude },
  };
}
