/**
 * The analyst queries of the benchmark, each three ways: the GraphQL text for our API, the GraphQL text for
 * @neo4j/graphql over the same graph, and the raw Cypher (by name, from raw-cypher/queries.ts). `rows` turns
 * each side's `data` into one canonical form, so a test can prove the three answer the same thing.
 */
import type { QueryName } from "./raw-cypher/queries.js";
import { RAW_QUERIES } from "./raw-cypher/queries.js";
import { luceneQuery } from "../../src/graph/search.js";
import { normalizers } from "./rows.js";

/** Arguments picked from the graph once per size (see graph.ts), the same for all three sides. */
export interface BenchArgs {
  agencyName: string;
  jurisdictionId: string;
  searchText: string;
  /** offset of the laws page (page 2 of `pageSize`) */
  offset: number;
  pageSize: number;
  /** limit on every nested list of the one-level queries (programs, metrics, implementing agencies) */
  nestedLimit: number;
  /** the 3-level query: agencies, and programs per agency and metrics per program */
  deepPageSize: number;
  deepNestedLimit: number;
  /** @neo4j/graphql only: evidence edges per program, since it cannot limit distinct metrics (a metric belongs to one
   * report, so it has about one MEASURES edge: edges ≈ metrics) */
  edgeLimit: number;
  topLimit: number;
}

export const DEFAULT_ARGS: Omit<BenchArgs, "agencyName" | "jurisdictionId" | "searchText"> = {
  offset: 20,
  pageSize: 20,
  nestedLimit: 10,
  deepPageSize: 10,
  deepNestedLimit: 5,
  edgeLimit: 5,
  topLimit: 10,
};

export type Side = "ours" | "raw" | "neo4j-graphql";
export const SIDES: readonly Side[] = ["ours", "raw", "neo4j-graphql"];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  name: QueryName;
  title: string;
  ours: (a: BenchArgs) => GraphqlRequest;
  neo4jGraphql: (a: BenchArgs) => GraphqlRequest;
  /** how @neo4j/graphql answers it: its generated Cypher, or a hand-written @cypher field */
  neo4jGraphqlVia: "generated" | "@cypher";
  /** what differs in what @neo4j/graphql does, if anything */
  note?: string;
  /** the raw-Cypher server's request body: the query's $parameters */
  rawParams: (a: BenchArgs) => Record<string, unknown>;
}

/** Our API pages with opaque cursors: the cursor of the item before `offset` (src/api/common/connection.type.ts). */
export const cursorBefore = (offset: number): string | null =>
  offset > 0 ? Buffer.from(`o:${offset - 1}`).toString("base64url") : null;

/** Our API looks agencies up by their deterministic id, `agency:<canonical name>` (src/extract/canonical.ts). */
export const agencyIdOf = (name: string) => `agency:${name}`;

const pick = (a: BenchArgs, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, a[n as keyof BenchArgs]]));

export const QUERIES: readonly BenchQuery[] = [
  {
    name: "agencyByName",
    title: "agency by name, with its programs and metrics",
    ours: (a) => ({
      query: `query AgencyByName($id: ID!, $n: Int!) {
        agency(id: $id) { id name kind level
          conducts(first: $n) { nodes { id name } }
          metrics(first: $n) { nodes { id name value unit } } } }`,
      variables: { id: agencyIdOf(a.agencyName), n: a.nestedLimit },
    }),
    neo4jGraphql: (a) => ({
      query: `query AgencyByName($name: String!, $n: Int!) {
        agencies(where: { name: { eq: $name } }, limit: 1, sort: [{ id: ASC }]) { id name kind level
          programs(limit: $n, sort: [{ name: ASC }, { id: ASC }]) { id name }
          metrics(limit: $n, sort: [{ name: ASC }, { id: ASC }]) { id name value unit } } }`,
      variables: { name: a.agencyName, n: a.nestedLimit },
    }),
    neo4jGraphqlVia: "generated",
    note: "lists one entry per evidence relationship, so a program named in k reports comes k times (the limit counts duplicates)",
    rawParams: (a) => pick(a, RAW_QUERIES.agencyByName.params),
  },
  {
    name: "lawsPage",
    title: "laws with their implementing agencies, page 2",
    ours: (a) => ({
      query: `query LawsPage($after: String, $limit: Int!, $n: Int!) {
        laws(first: $limit, after: $after) { nodes { id name kind
          implementedBy(first: $n) { nodes { id name } } } } }`,
      variables: { after: cursorBefore(a.offset), limit: a.pageSize, n: a.nestedLimit },
    }),
    neo4jGraphql: (a) => ({
      query: `query LawsPage($offset: Int!, $limit: Int!, $n: Int!) {
        laws(offset: $offset, limit: $limit, sort: [{ name: ASC }, { id: ASC }]) { id name kind
          implementedBy(limit: $n, sort: [{ name: ASC }, { id: ASC }]) { id name } } }`,
      variables: { offset: a.offset, limit: a.pageSize, n: a.nestedLimit },
    }),
    neo4jGraphqlVia: "generated",
    note: "implementedBy lists one entry per evidence relationship (duplicates)",
    rawParams: (a) => pick(a, RAW_QUERIES.lawsPage.params),
  },
  {
    name: "search",
    title: "full-text search over entity names and aliases",
    ours: (a) => ({
      query: `query Search($text: String!, $limit: Int!) {
        search(query: $text, first: $limit) { score node { __typename ... on Entity { id name } } } }`,
      variables: { text: a.searchText, limit: a.pageSize },
    }),
    neo4jGraphql: (a) => ({
      query: `query Search($text: String!, $limit: Int!) { searchEntities(query: $text, limit: $limit) { id name type score } }`,
      // our API turns the text into quoted Lucene phrases itself; the other two get the same query string
      variables: { text: luceneQuery(a.searchText), limit: a.pageSize },
    }),
    neo4jGraphqlVia: "@cypher",
    note: "@fulltext is per type; a search across all entity types needs a @cypher field",
    rawParams: (a) => ({ searchText: luceneQuery(a.searchText), pageSize: a.pageSize }),
  },
  {
    name: "nested",
    title: "3 levels: agencies → programs → metrics → evidence",
    ours: (a) => ({
      query: `query Nested($limit: Int!, $n: Int!) {
        agencies(first: $limit) { nodes { id name
          conducts(first: $n) { nodes { id name
            metrics(first: $n) { edges { node { id name value unit } evidence { reportId start end sentence } } } } } } } }`,
      variables: { limit: a.deepPageSize, n: a.deepNestedLimit },
    }),
    neo4jGraphql: (a) => ({
      query: `query Nested($limit: Int!, $n: Int!, $edges: Int!) {
        agencies(limit: $limit, sort: [{ name: ASC }, { id: ASC }]) { id name
          programs(limit: $n, sort: [{ name: ASC }, { id: ASC }]) { id name
            metricsConnection(first: $edges, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
              edges { properties { report start end sentence } node { id name value unit } } } } } }`,
      variables: { limit: a.deepPageSize, n: a.deepNestedLimit, edges: a.edgeLimit },
    }),
    neo4jGraphqlVia: "generated",
    note: "one connection edge per evidence relationship; it cannot take the first n distinct metrics with all their evidence, so it takes the first `edgeLimit` edges",
    rawParams: (a) => ({ pageSize: a.deepPageSize, nestedLimit: a.deepNestedLimit }),
  },
  {
    name: "topLaws",
    title: "topLaws for a jurisdiction",
    ours: (a) => ({
      query: `query TopLaws($j: String!, $limit: Int!) {
        topLaws(jurisdiction: $j, first: $limit) { law { id name } citations implementations implementers } }`,
      variables: { j: a.jurisdictionId, limit: a.topLimit },
    }),
    neo4jGraphql: (a) => ({
      query: `query TopLaws($j: ID!, $limit: Int!) {
        topLaws(jurisdiction: $j, limit: $limit) { id name citations implementations implementers } }`,
      variables: { j: a.jurisdictionId, limit: a.topLimit },
    }),
    neo4jGraphqlVia: "@cypher",
    note: "the library cannot aggregate; topLaws is a @cypher field with the same Cypher as the raw side",
    rawParams: (a) => pick(a, RAW_QUERIES.topLaws.params),
  },
];

/** The canonical rows of one side's `data` for a query (see rows.ts). */
export function canonicalRows(name: QueryName, side: Side, data: unknown): unknown {
  return normalizers[name][side](data);
}
