/**
 * The entities several reports share (Agency, Law, Program, Jurisdiction), merged the way `kg ingest` writes them
 * (load/queries.ts): upsertEntities sets `name` and, through coalesce, every property a report gives, so the report
 * written last wins and a property no report gives stays unset; mergeAliases keeps the sorted union of every report's
 * aliases; linkReports creates an issuer or jurisdiction no entity row made, with the name the report gives.
 *
 * "Written last" is the later file, in the sorted order of the inputs: what `kg ingest --batch-size 1
 * --concurrency 1` writes. (Reports disagree on such properties: `short` is the form a report used most, so the
 * country is 中国 in one report and 中华人民共和国 in another. With batches, ingest writes a batch's rows in report-id
 * order, and concurrent batches in the order they commit, so its own result there depends on timing.)
 * Reports must be added in file order.
 *
 * The lexicon's SUCCEEDED_BY links (load/succession-links.ts) follow the loader too: after a report's rows, each of
 * its pairs whose two agencies are stored by then is linked, once (linkSuccessions' MERGE keeps the first).
 */
import type { EntityType } from "../../extract/types.js";
import type { PropertyMap } from "../load/rows.js";
import type { SuccessionLink } from "../load/succession-links.js";
import { INTEGER_PROPERTIES } from "../model.js";
import { relationshipLine, typedValues, type CsvLine } from "./csv.js";
import { entityLine, sortedAliases, type LinkEnd, type SharedEntityRow } from "./report-records.js";

interface Merged {
  label: EntityType;
  name: string;
  props: PropertyMap;
  aliases: Set<string>;
}

export class SharedEntities {
  private readonly byId = new Map<string, Merged>();
  private readonly successions = new Map<string, SuccessionLink>();

  get size(): number {
    return this.byId.size;
  }

  /** One report's shared rows, link ends and succession pairs, in writeStatements' order. */
  add(rows: SharedEntityRow[], links: LinkEnd[], successions: SuccessionLink[] = []): void {
    for (const row of rows) this.upsert(row);
    for (const link of links) this.link(link);
    for (const pair of successions) this.succession(pair);
  }

  private succession(pair: SuccessionLink): void {
    const key = `${pair.from}\u0000${pair.to}`;
    if (this.successions.has(key)) return;
    if (this.byId.get(pair.from)?.label === "Agency" && this.byId.get(pair.to)?.label === "Agency")
      this.successions.set(key, pair);
  }

  private upsert(row: SharedEntityRow): void {
    let merged = this.byId.get(row.id);
    if (!merged) {
      merged = { label: row.label, name: row.name, props: {}, aliases: new Set() };
      this.byId.set(row.id, merged);
    }
    merged.name = row.name;
    Object.assign(merged.props, row.props);
    for (const alias of row.aliases) merged.aliases.add(alias);
  }

  private link(end: LinkEnd): void {
    if (!this.byId.has(end.id))
      this.byId.set(end.id, { label: end.label, name: end.name, props: {}, aliases: new Set() });
  }

  /** Every merged entity as a node line, then the succession links; call once, after the last report. */
  *lines(): Generator<CsvLine> {
    for (const [id, merged] of this.byId)
      yield entityLine(merged.label, id, merged.name, merged.props, sortedAliases(merged.aliases));
    for (const { from, to, year, how, basis } of this.successions.values())
      yield relationshipLine(
        "SUCCEEDED_BY",
        from,
        to,
        typedValues({ year, how, basis, source: "lexicon" }, INTEGER_PROPERTIES),
      );
  }
}
