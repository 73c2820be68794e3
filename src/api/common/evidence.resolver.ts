import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { Context } from "../context.type.js";
import { Report } from "../report/report.type.js";
import { Evidence } from "./evidence.type.js";
import { returnedNodePlan } from "./selection.js";

@Resolver((_of) => Evidence)
export class EvidenceResolver {
  @FieldResolver((_type) => Report, { nullable: true, description: "the report that says so" })
  report(@Root() evidence: Evidence, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return evidence.reportId
      ? ctx.graph.node(evidence.reportId, returnedNodePlan(info, ctx.config.api.maxPageSize), ["Report"])
      : null;
  }
}
