import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AgencyRelation } from "../agency/agency.type.js";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs, RelationArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { SortBy, SortDirection } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";
import { listConnection, nodeById, relationConnection } from "../common/fields.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { MetricRelation } from "../metric/metric.type.js";
import { Program, ProgramConnection } from "./program.type.js";

const relation = complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE);

@Resolver(_of => Program)
export class ProgramResolver extends EntityFieldsResolver(() => Program) {
  @Query(_returns => ProgramConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  programs(
    @Arg("filter", _type => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Arg("orderBy", _type => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", _type => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection,
    @Args(_type => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Program", filter ?? {}, orderBy, direction, page);
  }

  @Query(_returns => Program, { nullable: true, complexity: complexityOf.rootOne })
  async program(@Arg("id", _type => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Program");
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "agencies that run it" })
  conductedBy(@Root() p: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Program.conductedBy", p, page);
  }

  @FieldResolver(_type => MetricRelation.Connection, { complexity: relation, description: "figures reported about it" })
  metrics(@Root() p: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Program.metrics", p, page);
  }
}
