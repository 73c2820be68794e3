import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, PageArgs } from "../common/connection.type.js";
import { EntityFieldsResolver } from "../common/entity.resolver.js";
import { DIRECTION, SortBy, SortDirection } from "../common/enums.js";
import { RelationFields } from "../common/relation-fields.js";
import { entityByIdOrName, listConnection } from "../common/fields.js";
import type { Context } from "../context.type.js";
import { LawFilter } from "./law.input.js";
import { Law, LawConnection } from "./law.type.js";

@Resolver((_of) => Law)
@RelationFields("Law")
export class LawResolver extends EntityFieldsResolver(() => Law) {
  @Query((_returns) => LawConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  laws(
    @Arg("filter", (_type) => LawFilter, { nullable: true }) filter: LawFilter | null,
    @Arg("orderBy", (_type) => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
    @Arg("direction", (_type) => SortDirection, DIRECTION) direction: SortDirection | null,
    @Args((_type) => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return listConnection(ctx, info, "Law", filter ?? {}, orderBy, direction, page);
  }

  @Query((_returns) => Law, {
    nullable: true,
    complexity: complexityOf.rootOne,
    description:
      "by id, or by name: canonical, short or alias; null if none, an error listing the candidates if several",
  })
  async law(
    @Arg("id", (_type) => ID, { nullable: true }) id: string | null,
    @Arg("name", (_type) => String, { nullable: true }) name: string | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return entityByIdOrName(ctx, info, "Law", { id, name });
  }
}
