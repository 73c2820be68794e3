/**
 * Fields every entity type has (mentionCount, mentionedIn), as an abstract resolver each entity's resolver
 * extends: type-graphql's resolver inheritance.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../graph.service.js";
import { complexityOf } from "./complexity.js";
import { DEFAULT_RELATION_PAGE_SIZE, PageArgs } from "./connection.type.js";
import { mentionConnection } from "./fields.js";
import { ReportMention } from "./mention.types.js";

export function EntityFieldsResolver(of: () => ClassType | Function) {
  @Resolver(of)
  abstract class EntityFields {
    @FieldResolver((_type) => Int)
    async mentionCount(@Root() entity: ApiNode, @Ctx() ctx: Context): Promise<number> {
      return (await ctx.graph.mentionCount(entity.id)).count;
    }

    @FieldResolver((_type) => ReportMention.Connection, {
      description: "the reports that name this entity, newest first, with where they name it",
      complexity: complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE),
    })
    mentionedIn(
      @Root() entity: ApiNode,
      @Args((_type) => PageArgs) page: PageArgs,
      @Info() info: GraphQLResolveInfo,
      @Ctx() ctx: Context,
    ) {
      return mentionConnection(ctx, info, "entityToReports", entity, null, page);
    }
  }
  return EntityFields;
}
