import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { RelationName } from "../../graph/read/relations.js";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs, RelationArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { SortBy, SortDirection } from "../common/enums.js";
import { listConnection, nodeById, relationConnection, relationEdge } from "../common/fields.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { JurisdictionRelation } from "../jurisdiction/jurisdiction.type.js";
import { LawRelation } from "../law/law.type.js";
import { MetricRelation } from "../metric/metric.type.js";
import { ProgramRelation } from "../program/program.type.js";
import { ReportRelation } from "../report/report.type.js";
import { AgencyFilter } from "./agency.input.js";
import { Agency, AgencyConnection, AgencyRelation } from "./agency.type.js";

const relation = complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE);
const many = (ctx: Context, info: GraphQLResolveInfo, name: RelationName, agency: ApiNode, page: RelationArgs) =>
  relationConnection(ctx, info, name, agency, page);

@Resolver(_of => Agency)
export class AgencyResolver extends EntityFieldsResolver(() => Agency) {
  @Query(_returns => AgencyConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  agencies(
    @Arg("filter", _type => AgencyFilter, { nullable: true }) filter: AgencyFilter | null,
    @Arg("orderBy", _type => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", _type => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection,
    @Args(_type => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Agency", filter ?? {}, orderBy, direction, page);
  }

  @Query(_returns => Agency, { nullable: true, complexity: complexityOf.rootOne })
  async agency(@Arg("id", _type => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Agency");
  }

  @FieldResolver(_type => LawRelation.Connection, { complexity: relation, description: "laws and documents it issued" })
  issued(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.issued", a, page);
  }

  @FieldResolver(_type => LawRelation.Connection, { complexity: relation, description: "laws and documents it implements" })
  implements(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.implements", a, page);
  }

  @FieldResolver(_type => ProgramRelation.Connection, { complexity: relation, description: "programs and campaigns it runs" })
  conducts(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.conducts", a, page);
  }

  @FieldResolver(_type => AgencyRelation.Edge, { nullable: true, description: "the body it is part of" })
  parent(@Root() a: ApiNode, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationEdge(ctx, info, "Agency.parent", a);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies that are part of it" })
  children(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.children", a, page);
  }

  @FieldResolver(_type => JurisdictionRelation.Edge, { nullable: true })
  jurisdiction(@Root() a: ApiNode, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationEdge(ctx, info, "Agency.jurisdiction", a);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "agencies it handed duties to" })
  transferredDutiesTo(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.transferredDutiesTo", a, page);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "agencies that handed duties to it" })
  transferredDutiesFrom(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.transferredDutiesFrom", a, page);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies it abolished" })
  abolished(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.abolished", a, page);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies that abolished it" })
  abolishedBy(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.abolishedBy", a, page);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies merged with it (either way)" })
  mergedWith(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.mergedWith", a, page);
  }

  @FieldResolver(_type => MetricRelation.Connection, { complexity: relation, description: "figures reported about its work" })
  metrics(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.metrics", a, page);
  }

  @FieldResolver(_type => ReportRelation.Connection, { complexity: relation, description: "reports it issued" })
  issuedReports(@Root() a: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return many(ctx, info, "Agency.issuedReports", a, page);
  }
}
