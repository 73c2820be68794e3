import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, PageArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { DIRECTION, SortBy, SortDirection } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";
import { RelationFields } from "../common/relation-fields.js";
import { listConnection, nodeById } from "../common/fields.js";
import { returnedNodePlan } from "../common/selection.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { Report } from "../report/report.type.js";
import { Metric, MetricConnection } from "./metric.type.js";

@Resolver((_of) => Metric)
@RelationFields("Metric")
export class MetricResolver extends EntityFieldsResolver(() => Metric) {
  @Query((_returns) => MetricConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  metrics(
    @Arg("filter", (_type) => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Arg("orderBy", (_type) => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", (_type) => SortDirection, DIRECTION) direction: SortDirection | null,
    @Args((_type) => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Metric", filter ?? {}, orderBy, direction, page);
  }

  @Query((_returns) => Metric, { nullable: true, complexity: complexityOf.rootOne })
  async metric(@Arg("id", (_type) => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Metric");
  }

  @FieldResolver((_type) => Report, { nullable: true, description: "the report that gives the figure" })
  report(@Root() m: ApiNode, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return typeof m.report === "string"
      ? ctx.graph.node(m.report, returnedNodePlan(info, ctx.config.api.maxPageSize), ["Report"])
      : null;
  }
}
