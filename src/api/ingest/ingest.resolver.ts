/** Mutations. Both need a valid API key (Authorization: Bearer …), whatever READS_REQUIRE_KEY says. */
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../context.type.js";
import { UnauthenticatedError } from "../errors.js";
import { IngestReportInput } from "./ingest.input.js";
import { ingestText, removeReport } from "./ingest.service.js";
import { Report } from "../report/report.type.js";
import { DeleteReportResult, IngestResult } from "./ingest.type.js";

function requireKey(ctx: Context): void {
  if (!ctx.authenticated) throw new UnauthenticatedError("writes need an API key: send Authorization: Bearer <key>");
}

@Resolver((_of) => IngestResult)
export class IngestResolver {
  @Mutation((_returns) => IngestResult, {
    complexity: 100,
    description: "extract a report's text and add it to the graph (idempotent per report id)",
  })
  ingestReport(@Arg("input", (_type) => IngestReportInput) input: IngestReportInput, @Ctx() ctx: Context) {
    requireKey(ctx);
    return ingestText(ctx.reader, ctx.config, input);
  }

  @Mutation((_returns) => DeleteReportResult, {
    complexity: 100,
    description: "remove a report and whatever only it supported",
  })
  deleteReport(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: Context) {
    requireKey(ctx);
    return removeReport(ctx.reader, ctx.config, id);
  }

  @FieldResolver((_type) => Report, { nullable: true })
  report(@Root() result: IngestResult, @Ctx() ctx: Context) {
    return ctx.graph.node(result.reportId);
  }
}
