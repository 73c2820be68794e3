import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { EntityType } from "../../extract/types.js";
import { complexityOf, EXCERPT_COST, TEXT_COST } from "../common/complexity.js";
import { DEFAULT_PAGE_SIZE, DEFAULT_RELATION_PAGE_SIZE, PageArgs } from "../common/connection.type.js";
import { DIRECTION, EntityTypeEnum, SortBy, SortDirection } from "../common/enums.js";
import { RelationFields } from "../common/relation-fields.js";
import { listConnection, mentionConnection, nodeById } from "../common/fields.js";
import { EntityMention } from "../common/mention.types.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../api-nodes.js";
import { ReportFilter } from "./report.input.js";
import { checkExcerptRange, excerptOf, MAX_EXCERPT_CHARS } from "./report-text.service.js";
import { Report, ReportConnection, Section } from "./report.type.js";

@Resolver((_of) => Report)
@RelationFields("Report")
export class ReportResolver {
  @Query((_returns) => ReportConnection, { complexity: complexityOf.rootList(DEFAULT_PAGE_SIZE) })
  reports(
    @Arg("filter", (_type) => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Arg("orderBy", (_type) => SortBy, { defaultValue: SortBy.YEAR }) orderBy: SortBy,
    @Arg("direction", (_type) => SortDirection, DIRECTION) direction: SortDirection | null,
    @Args((_type) => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    return listConnection(ctx, info, "Report", { ...f, nameContains: f.titleContains }, orderBy, direction, page);
  }

  @Query((_returns) => Report, { nullable: true, complexity: complexityOf.rootOne })
  async report(@Arg("id", (_type) => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return nodeById(ctx, info, id, "Report");
  }

  @FieldResolver((_type) => String)
  title(@Root() r: ApiNode): string {
    return String(r.title ?? r.name);
  }

  @FieldResolver((_type) => String, { nullable: true })
  issuerName(@Root() r: ApiNode) {
    return (r.issuer as string | undefined) ?? null;
  }

  @FieldResolver((_type) => String, { nullable: true })
  jurisdictionName(@Root() r: ApiNode) {
    return (r.jurisdiction as string | undefined) ?? null;
  }

  @FieldResolver((_type) => [Section], { description: "the report's headings, in order" })
  sections(@Root() r: ApiNode): Section[] {
    if (typeof r.sections !== "string") return [];
    try {
      return (JSON.parse(r.sections) as Section[]).map((s) => ({ ...s, parent: s.parent ?? null }));
    } catch {
      return [];
    }
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    complexity: TEXT_COST,
    description:
      "the report's whole text, the one every evidence `start`/`end` and mention span indexes (UTF-16 code units); null for a report stored before texts were (re-ingest it, or `kg ingest --reextract`)",
  })
  text(@Root() r: ApiNode, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.graph.reportText(r.id);
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    complexity: EXCERPT_COST,
    description: `the report text from \`start\` to \`end\` (UTF-16 code units, as evidence offsets count), at most ${MAX_EXCERPT_CHARS} characters; an end past the text is an error; null when the report has no stored text`,
  })
  async excerpt(
    @Arg("start", (_type) => Int) start: number,
    @Arg("end", (_type) => Int) end: number,
    @Root() r: ApiNode,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    checkExcerptRange(start, end);
    const text = await ctx.graph.reportText(r.id);
    return text === null ? null : excerptOf(r.id, text, start, end);
  }

  @FieldResolver((_type) => EntityMention.Connection, {
    complexity: complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE),
    description: "entities the report names, most named first",
  })
  mentions(
    @Arg("type", (_type) => [EntityTypeEnum], { nullable: true, description: "only these entity types" })
    type: EntityTypeEnum[] | null,
    @Root() r: ApiNode,
    @Args((_type) => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return mentionConnection(ctx, info, "reportToEntities", r, (type as EntityType[] | null) ?? null, page);
  }
}
