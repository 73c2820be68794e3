import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, PageArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { DIRECTION, SortBy, SortDirection } from "../common/enums.js";
import { RelationFields } from "../common/relation-fields.js";
import { listConnection, nodeById } from "../common/fields.js";
import type { Context } from "../context.type.js";
import { JurisdictionFilter } from "./jurisdiction.input.js";
import { Jurisdiction, JurisdictionConnection } from "./jurisdiction.type.js";

@Resolver((_of) => Jurisdiction)
@RelationFields("Jurisdiction")
export class JurisdictionResolver extends EntityFieldsResolver(() => Jurisdiction) {
  @Query((_returns) => JurisdictionConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  jurisdictions(
    @Arg("filter", (_type) => JurisdictionFilter, { nullable: true }) filter: JurisdictionFilter | null,
    @Arg("orderBy", (_type) => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", (_type) => SortDirection, DIRECTION) direction: SortDirection | null,
    @Args((_type) => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Jurisdiction", filter ?? {}, orderBy, direction, page);
  }

  @Query((_returns) => Jurisdiction, { nullable: true, complexity: complexityOf.rootOne })
  async jurisdiction(@Arg("id", (_type) => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Jurisdiction");
  }
}
