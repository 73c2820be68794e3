import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.type.js";
import { checkContextChars, contextOf, MAX_CONTEXT_CHARS } from "../report/report-text.service.js";
import { Report } from "../report/report.type.js";
import { EXCERPT_COST } from "./complexity.js";
import { Evidence, EvidenceContext } from "./evidence.type.js";
import { returnedNodePlan } from "./selection.js";

@Resolver((_of) => Evidence)
export class EvidenceResolver {
  @FieldResolver((_type) => Report, { nullable: true, description: "the report that says so" })
  report(@Root() evidence: Evidence, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return evidence.reportId
      ? ctx.graph.node(evidence.reportId, returnedNodePlan(info, ctx.config.api.maxPageSize), ["Report"])
      : null;
  }

  @FieldResolver((_type) => EvidenceContext, {
    nullable: true,
    complexity: EXCERPT_COST,
    description: "the report text around the sentence; null when the report has no stored text",
  })
  async context(
    @Arg("chars", (_type) => Int, {
      defaultValue: 100,
      description: `characters on each side of the sentence, at most ${MAX_CONTEXT_CHARS}`,
    })
    chars: number,
    @Root() evidence: Evidence,
    @Ctx() ctx: Context,
  ): Promise<EvidenceContext | null> {
    checkContextChars(chars);
    const text = evidence.reportId ? await ctx.graph.reportText(evidence.reportId) : null;
    return text === null ? null : contextOf(text, evidence, chars);
  }
}
