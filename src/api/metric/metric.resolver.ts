import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { EntityFilter } from "../common/filter.input.js";
import { RelationFields } from "../common/relation-fields.js";
import { nodeById } from "../common/fields.js";
import { returnedNodePlan } from "../common/selection.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../api-nodes.js";
import { Report } from "../report/report.type.js";
import { Metric, MetricConnection } from "./metric.type.js";

@Resolver((_of) => Metric)
@RelationFields("Metric")
export class MetricResolver extends EntityFieldsResolver(() => Metric, {
  label: "Metric",
  list: "metrics",
  connection: MetricConnection,
  filter: EntityFilter,
}) {
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
