/**
 * Arguments that name an entity the way people do (id, GB/T 2260 code, canonical name, short name, alias; see
 * src/graph/read/names.ts) turned into the one id the graph queries take. A name matching several entities equally
 * well is refused (AMBIGUOUS_NAME) with the candidates, so the client can pick one; a name matching none is refused
 * (UNKNOWN_NAME) with the entities whose names contain it, if any.
 */
import type { EntityType } from "../../extract/types.js";
import type { ListFilter } from "../../graph/read/lists.js";
import type { Context } from "../context.type.js";
import { BadUserInputError } from "../errors.js";

/** Candidates listed in an AMBIGUOUS_NAME error, at most. */
export const MAX_CANDIDATES = 10;

export interface Candidate {
  id: string;
  name: string;
  label: string;
}

const KIND: Record<EntityType, string> = {
  Agency: "agency",
  Law: "law",
  Program: "program",
  Jurisdiction: "jurisdiction",
  Metric: "metric",
};

const listed = (cs: Candidate[]) => cs.map((c) => `${c.name} (${c.id})`).join(", ");

/**
 * The entity of `labels` that `text` names, or null when it names none (with `unknown: "null"`; by default that
 * is an UNKNOWN_NAME error). `argument` is the argument's path for the error (`filter.jurisdiction`).
 */
export async function resolveName(
  ctx: Context,
  labels: readonly EntityType[],
  text: string,
  argument: string,
  unknown: "error" | "null" = "error",
): Promise<Candidate | null> {
  const wanted = text.trim();
  const kind = labels.map((l) => KIND[l]).join(" or ");
  if (!wanted) throw new BadUserInputError(`${argument} must not be empty`, { argument });
  const rows = await ctx.graph.named(labels, wanted, MAX_CANDIDATES + 1);
  const best = rows.filter((r) => r.rank === rows[0]?.rank);
  if (best.length === 1) return best[0]!;
  if (best.length > 1) {
    const shown = best.slice(0, MAX_CANDIDATES);
    throw new BadUserInputError(
      `${argument}: ${JSON.stringify(wanted)} names ${best.length > MAX_CANDIDATES ? "more than " + MAX_CANDIDATES : best.length} ${kind} entities: ${listed(shown)}; give an id or the full name`,
      { argument, reason: "AMBIGUOUS_NAME", candidates: shown },
    );
  }
  if (unknown === "null") return null;
  const similar = await ctx.graph.similarNames(labels, wanted, MAX_CANDIDATES);
  throw new BadUserInputError(
    `${argument}: no ${kind} is named ${JSON.stringify(wanted)}${similar.length ? `; names containing it: ${listed(similar)}` : ""}`,
    { argument, reason: "UNKNOWN_NAME", candidates: similar },
  );
}

/** A list filter with its jurisdiction and issuer turned into ids. */
export async function resolveFilter<F extends ListFilter>(ctx: Context, filter: F): Promise<F> {
  const [jurisdiction, issuer] = await Promise.all([
    filter.jurisdiction ? resolveName(ctx, ["Jurisdiction"], filter.jurisdiction, "filter.jurisdiction") : null,
    filter.issuer ? resolveName(ctx, ["Agency"], filter.issuer, "filter.issuer") : null,
  ]);
  return {
    ...filter,
    ...(jurisdiction ? { jurisdiction: jurisdiction.id } : {}),
    ...(issuer ? { issuer: issuer.id } : {}),
  };
}
