/** The GraphQL schema, built from the type-graphql resolvers (explicit type functions: no decorator metadata needed). */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AgencyResolver } from "./agency/agency.resolver.js";
import { AnalysisResolver } from "./analysis/analysis.resolver.js";
import { EvidenceResolver } from "./common/evidence.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { JurisdictionResolver } from "./jurisdiction/jurisdiction.resolver.js";
import { LawResolver } from "./law/law.resolver.js";
import { MetricResolver } from "./metric/metric.resolver.js";
import { NodeResolver } from "./node/node.resolver.js";
import { ProgramResolver } from "./program/program.resolver.js";
import { ReportResolver } from "./report/report.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and the schema does not depend on config. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      ReportResolver,
      AgencyResolver,
      LawResolver,
      ProgramResolver,
      JurisdictionResolver,
      MetricResolver,
      EvidenceResolver,
      SearchResolver,
      AnalysisResolver,
      IngestResolver,
    ],
    validate: false,
  });
  return built;
}
