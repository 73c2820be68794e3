/**
 * What every entity type's resolver has, as abstract resolvers each one extends (type-graphql's resolver
 * inheritance): the fields mentionCount and mentionedIn, the root list (`agencies`), and for the named types the
 * root lookup by id or name (`agency`). Each entity's own resolver adds only what is its own.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root, type ClassType } from "type-graphql";
import type { EntityType } from "../../extract/types.js";
import type { ListFilter } from "../../graph/read/lists.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../api-nodes.js";
import { complexityOf } from "./complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs } from "./connection.type.js";
import { DIRECTION, SortBy, SortDirection } from "./enums.js";
import { entityByIdOrName, listConnection, mentionConnection } from "./fields.js";
import { ReportMention } from "./mention.types.js";

type TypeFn = () => ClassType | Function;

/** The root fields of an entity type: the list (`agencies`) with its connection and filter types. */
export interface EntityRoots {
  label: EntityType;
  list: string;
  connection: ClassType;
  filter: ClassType;
}

/** The root lookup of a named entity type (`agency(id, name)`), with the SDL description it carries. */
export interface NamedEntityRoots extends EntityRoots {
  one: string;
  description?: string;
}

const BY_ID_OR_NAME =
  "by id, or by name: canonical, short or alias; null if none, an error listing the candidates if several";

export function EntityFieldsResolver(of: TypeFn, roots: EntityRoots) {
  @Resolver(of)
  abstract class EntityFields {
    @Query((_returns) => roots.connection, { name: roots.list, complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
    list(
      @Arg("filter", (_type) => roots.filter, { nullable: true }) filter: ListFilter | null,
      @Arg("orderBy", (_type) => SortBy, { defaultValue: SortBy.NAME }) orderBy: SortBy,
      @Arg("direction", (_type) => SortDirection, DIRECTION) direction: SortDirection | null,
      @Args((_type) => PageArgs) page: PageArgs,
      @Info() info: GraphQLResolveInfo,
      @Ctx() ctx: Context,
    ) {
      return listConnection(ctx, info, roots.label, filter ?? {}, orderBy, direction, page);
    }

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

/** EntityFieldsResolver plus the root lookup by id or by name (every entity type but Metric, which has no name). */
export function NamedEntityResolver(of: TypeFn, roots: NamedEntityRoots) {
  @Resolver(of)
  abstract class NamedEntity extends EntityFieldsResolver(of, roots) {
    @Query(of, {
      name: roots.one,
      nullable: true,
      complexity: complexityOf.rootOne,
      description: roots.description ?? BY_ID_OR_NAME,
    })
    async one(
      @Arg("id", (_type) => ID, { nullable: true }) id: string | null,
      @Arg("name", (_type) => String, { nullable: true }) name: string | null,
      @Info() info: GraphQLResolveInfo,
      @Ctx() ctx: Context,
    ) {
      return entityByIdOrName(ctx, info, roots.label, { id, name });
    }
  }
  return NamedEntity;
}
