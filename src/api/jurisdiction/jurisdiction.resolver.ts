import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AgencyRelation } from "../agency/agency.type.js";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs, RelationArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { SortBy, SortDirection } from "../common/enums.js";
import { listConnection, nodeById, relationConnection, relationEdge } from "../common/fields.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { ReportRelation } from "../report/report.type.js";
import { JurisdictionFilter } from "./jurisdiction.input.js";
import { Jurisdiction, JurisdictionConnection, JurisdictionRelation } from "./jurisdiction.type.js";

const relation = complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE);

@Resolver(_of => Jurisdiction)
export class JurisdictionResolver extends EntityFieldsResolver(() => Jurisdiction) {
  @Query(_returns => JurisdictionConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  jurisdictions(
    @Arg("filter", _type => JurisdictionFilter, { nullable: true }) filter: JurisdictionFilter | null,
    @Arg("orderBy", _type => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", _type => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection,
    @Args(_type => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Jurisdiction", filter ?? {}, orderBy, direction, page);
  }

  @Query(_returns => Jurisdiction, { nullable: true, complexity: complexityOf.rootOne })
  async jurisdiction(@Arg("id", _type => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Jurisdiction");
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "agencies of this jurisdiction" })
  agencies(@Root() j: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Jurisdiction.agencies", j, page);
  }

  @FieldResolver(_type => JurisdictionRelation.Edge, { nullable: true, description: "the division it lies in" })
  within(@Root() j: ApiNode, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationEdge(ctx, info, "Jurisdiction.within", j);
  }

  @FieldResolver(_type => JurisdictionRelation.Connection, { complexity: relation, description: "divisions directly within it" })
  contains(@Root() j: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Jurisdiction.contains", j, page);
  }

  @FieldResolver(_type => ReportRelation.Connection, { complexity: relation, description: "reports about it" })
  reports(@Root() j: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Jurisdiction.reports", j, page);
  }
}
