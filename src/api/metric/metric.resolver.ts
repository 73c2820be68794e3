import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs, RelationArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { SortBy, SortDirection } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";
import { listConnection, relationConnection } from "../common/fields.js";
import { EntityRelation } from "../common/entity-relation.type.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { Report } from "../report/report.type.js";
import { Metric, MetricConnection } from "./metric.type.js";

@Resolver(_of => Metric)
export class MetricResolver extends EntityFieldsResolver(() => Metric) {
  @Query(_returns => MetricConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  metrics(
    @Arg("filter", _type => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Arg("orderBy", _type => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", _type => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection,
    @Args(_type => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, "Metric", filter ?? {}, orderBy, direction, page);
  }

  @Query(_returns => Metric, { nullable: true, complexity: complexityOf.rootOne })
  async metric(@Arg("id", _type => ID) id: string, @Ctx() ctx: Context) {
    const node = await ctx.graph.node(id);
    return node?.__typename === "Metric" ? node : null;
  }

  @FieldResolver(_type => Report, { nullable: true, description: "the report that gives the figure" })
  report(@Root() m: ApiNode, @Ctx() ctx: Context) {
    return typeof m.report === "string" ? ctx.graph.node(m.report) : null;
  }

  @FieldResolver(_type => EntityRelation.Connection, { complexity: complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE), description: "the programs or agencies the figure is about" })
  measures(@Root() m: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Ctx() ctx: Context) {
    return relationConnection(ctx, "Metric.measures", m, page);
  }
}
