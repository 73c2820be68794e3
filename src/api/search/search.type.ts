import { createUnionType, Field, Float, ObjectType } from "type-graphql";
import { Agency } from "../agency/agency.type.js";
import type { ApiNode } from "../api-nodes.js";
import { Jurisdiction } from "../jurisdiction/jurisdiction.type.js";
import { Law } from "../law/law.type.js";
import { Metric } from "../metric/metric.type.js";
import { Program } from "../program/program.type.js";

export const SearchResultNode = createUnionType({
  name: "SearchResultNode",
  types: () => [Agency, Law, Program, Jurisdiction, Metric] as const,
  resolveType: (value) => (value as unknown as ApiNode).__typename,
});

@ObjectType({
  description:
    "A search hit and its relevance (higher is better): 4 the name, 3 a short name or alias, 2 ending with the query, 1-2 containing it (by full-text score), 0.5 an abbreviation",
})
export class SearchResult {
  @Field((_type) => Float)
  score!: number;

  @Field((_type) => SearchResultNode)
  node!: typeof SearchResultNode;
}
