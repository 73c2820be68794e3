import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { checkPageSize, DEFAULT_PAGE_SIZE } from "../common/connection.type.js";
import { resolveName } from "../common/names.js";
import { RelationshipType } from "../common/enums.js";
import { toEvidence } from "../common/evidence.type.js";
import { returnedNodePlan } from "../common/selection.js";
import type { Context } from "../context.type.js";
import { BadUserInputError, LimitExceededError } from "../errors.js";
import type { GraphEdgeRow } from "../graph.service.js";
import { Report } from "../report/report.type.js";
import { CoMention, GraphPath, GraphStats, LawRank, Neighborhood, YearStatements } from "./analysis.type.js";

export const MAX_PATH_LENGTH = 4;
export const MAX_NEIGHBORHOOD_DEPTH = 2;

const toEdge = (e: GraphEdgeRow) => ({
  ...e,
  evidence: e.properties.sentence != null ? toEvidence(e.properties) : null,
});

/** An empty list would leave no type to follow (and no valid pattern); leaving the argument out means all types. */
function someTypes(types: RelationshipType[] | null): void {
  if (types && types.length === 0)
    throw new BadUserInputError("relationshipTypes must name at least one type; leave it out for all", {
      argument: "relationshipTypes",
    });
}

function positive(value: number, argument: string): void {
  if (!Number.isInteger(value) || value < 1)
    throw new BadUserInputError(`${argument} must be a positive integer`, { argument });
}

@Resolver((_of) => CoMention)
export class AnalysisResolver {
  @Query((_returns) => [LawRank], {
    complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE),
    description: "the laws most implemented, then most cited, by reports in scope",
  })
  async topLaws(
    @Arg("jurisdiction", (_type) => String, {
      nullable: true,
      description: "jurisdiction id, GB/T 2260 code, name, short name or alias; includes everything within it",
    })
    jurisdiction: string | null,
    @Arg("year", (_type) => Int, { nullable: true, description: "year reported on" }) year: number | null,
    @Arg("first", (_type) => Int, { defaultValue: 10 }) first: number,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    positive(first, "first");
    checkPageSize(first, ctx.config.api.maxPageSize, "first");
    const scope = jurisdiction ? (await resolveName(ctx, ["Jurisdiction"], jurisdiction, "jurisdiction"))!.id : null;
    return ctx.graph.topLaws(scope, year, first, returnedNodePlan(info, ctx.config.api.maxPageSize, "law"));
  }

  @Query((_returns) => [CoMention], {
    complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE),
    description: "entities named in the same reports as this one, most shared first",
  })
  coMentioned(
    @Arg("id", (_type) => ID) id: string,
    @Arg("first", (_type) => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ) {
    positive(first, "first");
    checkPageSize(first, ctx.config.api.maxPageSize, "first");
    return ctx.graph.coMentioned(id, first);
  }

  @FieldResolver((_type) => [Report], { description: "some of the shared reports (up to 20)" })
  reports(@Root() m: CoMention, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.graph
      .nodes(m.reportIds, returnedNodePlan(info, ctx.config.api.maxPageSize), ["Report"])
      .then((rs) => rs.filter((r) => r !== null));
  }

  @Query((_returns) => GraphPath, {
    nullable: true,
    complexity: complexityOf.rootOne,
    description: "a shortest path between two nodes, either direction; null if none within maxLength",
  })
  async path(
    @Arg("from", (_type) => ID) from: string,
    @Arg("to", (_type) => ID) to: string,
    @Arg("maxLength", (_type) => Int, { defaultValue: MAX_PATH_LENGTH }) maxLength: number,
    @Arg("relationshipTypes", (_type) => [RelationshipType], {
      nullable: true,
      description: "only these types (default: all but MENTIONS, see includeMentions)",
    })
    types: RelationshipType[] | null,
    @Arg("includeMentions", (_type) => Boolean, {
      defaultValue: false,
      description:
        "also go through reports by what they mention (MENTIONS): without it, a path follows what the reports state, not that two things share a report",
    })
    includeMentions: boolean,
    @Ctx() ctx: Context,
  ) {
    positive(maxLength, "maxLength");
    someTypes(types);
    if (maxLength > MAX_PATH_LENGTH)
      throw new LimitExceededError(
        "maxPathLength",
        MAX_PATH_LENGTH,
        `maxLength is ${maxLength}, above ${MAX_PATH_LENGTH}`,
      );
    if (from === to) throw new BadUserInputError("from and to must differ", { argument: "to" });
    const found = await ctx.graph.path(from, to, maxLength, types, includeMentions);
    return found && { length: found.edges.length, nodes: found.nodes, edges: found.edges.map(toEdge) };
  }

  @Query((_returns) => Neighborhood, {
    nullable: true,
    complexity: complexityOf.rootList(50, "limit"),
    description: "the nodes within `depth` hops and the relationships among them; null if the id is unknown",
  })
  async neighborhood(
    @Arg("id", (_type) => ID) id: string,
    @Arg("depth", (_type) => Int, { defaultValue: 1 }) depth: number,
    @Arg("limit", (_type) => Int, { defaultValue: 50, description: "at most this many nodes besides the centre" })
    limit: number,
    @Arg("relationshipTypes", (_type) => [RelationshipType], { nullable: true }) types: RelationshipType[] | null,
    @Ctx() ctx: Context,
  ) {
    positive(depth, "depth");
    someTypes(types);
    positive(limit, "limit");
    if (depth > MAX_NEIGHBORHOOD_DEPTH)
      throw new LimitExceededError(
        "maxNeighborhoodDepth",
        MAX_NEIGHBORHOOD_DEPTH,
        `depth is ${depth}, above ${MAX_NEIGHBORHOOD_DEPTH}`,
      );
    checkPageSize(limit, ctx.config.api.maxPageSize, "limit");
    const found = await ctx.graph.neighborhood(id, depth, limit, types);
    return found && { ...found, edges: found.edges.map(toEdge) };
  }

  @Query((_returns) => [YearStatements], {
    complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE),
    description:
      "an entity's statements per year of the reports stating them (typed relationships either way, with evidence), earliest first",
  })
  async timeline(
    @Arg("id", (_type) => ID) id: string,
    @Arg("first", (_type) => Int, { defaultValue: 20, description: "statements listed per year (all are counted)" })
    first: number,
    @Ctx() ctx: Context,
  ) {
    positive(first, "first");
    checkPageSize(first, ctx.config.api.maxPageSize, "first");
    const years = await ctx.graph.timeline(id, first);
    return years.map((y) => ({ ...y, statements: y.statements.map(toEdge) }));
  }

  @Query((_returns) => GraphStats, {
    complexity: complexityOf.rootOne,
    description: "how many nodes per label and relationships per type",
  })
  async stats(@Ctx() ctx: Context) {
    const s = await ctx.graph.stats();
    return { nodes: s.labels, relationships: s.relationships };
  }
}
