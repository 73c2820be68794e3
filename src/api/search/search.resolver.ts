import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { checkPageSize, DEFAULT_PAGE_SIZE } from "../common/connection.type.js";
import { complexityOf } from "../common/complexity.js";
import { EntityTypeEnum } from "../common/enums.js";
import { returnedNodePlan } from "../common/selection.js";
import { BadUserInputError } from "../errors.js";
import type { Context } from "../context.type.js";
import { SearchResult } from "./search.type.js";

/** Longer input is no longer a name: refuse it rather than send it to Lucene. */
const MAX_QUERY_CHARS = 200;

@Resolver()
export class SearchResolver {
  @Query((_returns) => [SearchResult], {
    complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE),
    description:
      "entities by name, best first: the exact name, then an exact short name or alias, then names or aliases ending with the query, containing it, and abbreviations of it (卫生局 finds 卫生和计划生育局); plain text, no Lucene syntax",
  })
  search(
    @Arg("query", (_type) => String) query: string,
    @Arg("types", (_type) => [EntityTypeEnum], { nullable: true }) types: EntityTypeEnum[] | null,
    @Arg("first", (_type) => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const text = query.trim();
    if (!text) throw new BadUserInputError("query must not be empty", { argument: "query" });
    if (text.length > MAX_QUERY_CHARS)
      throw new BadUserInputError(`query is longer than ${MAX_QUERY_CHARS} characters`, { argument: "query" });
    if (first < 1) throw new BadUserInputError("first must be at least 1", { argument: "first" });
    checkPageSize(first, ctx.config.api.maxPageSize, "first");
    return ctx.graph.search(
      text,
      types && types.length ? types : null,
      first,
      returnedNodePlan(info, ctx.config.api.maxPageSize, "node"),
    );
  }
}
