import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AgencyRelation } from "../agency/agency.type.js";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs, RelationArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { SortBy, SortDirection } from "../common/enums.js";
import { listConnection, nodeById, relationConnection } from "../common/fields.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { LawFilter } from "./law.input.js";
import { Law, LawConnection } from "./law.type.js";

const relation = complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE);

@Resolver(_of => Law)
export class LawResolver extends EntityFieldsResolver(() => Law) {
  @Query(_returns => LawConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  laws(
    @Arg("filter", _type => LawFilter, { nullable: true }) filter: LawFilter | null,
    @Arg("orderBy", _type => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", _type => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection,
    @Args(_type => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Law", filter ?? {}, orderBy, direction, page);
  }

  @Query(_returns => Law, { nullable: true, complexity: complexityOf.rootOne })
  async law(@Arg("id", _type => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Law");
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies that issued it" })
  issuedBy(@Root() law: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Law.issuedBy", law, page);
  }

  @FieldResolver(_type => AgencyRelation.Connection, { complexity: relation, description: "bodies that implement it" })
  implementedBy(@Root() law: ApiNode, @Args(_type => RelationArgs) page: RelationArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return relationConnection(ctx, info, "Law.implementedBy", law, page);
  }
}
