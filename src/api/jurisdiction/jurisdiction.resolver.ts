import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, PageArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { DIRECTION, SortBy, SortDirection } from "../common/enums.js";
import { RelationFields } from "../common/relation-fields.js";
import { entityByIdOrName, listConnection } from "../common/fields.js";
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

  @Query((_returns) => Jurisdiction, {
    nullable: true,
    complexity: complexityOf.rootOne,
    description:
      "by id, or by name: canonical, short or alias or GB/T 2260 code, or the name below a division (沙市区, 荆州市沙市区); null if none, an error listing the candidates if several",
  })
  async jurisdiction(
    @Arg("id", (_type) => ID, { nullable: true }) id: string | null,
    @Arg("name", (_type) => String, { nullable: true }) name: string | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return entityByIdOrName(ctx, info, "Jurisdiction", { id, name });
  }
}
