/**
 * Relay cursor connections. Cursors are opaque offsets into a total order (every list sorts with the id as last
 * key), so walking pages with `after` visits each node exactly once while the data does not change.
 */
import { ArgsType, Field, ID, Int, ObjectType, type ClassType } from "type-graphql";
import { BadUserInputError, LimitExceededError } from "../errors.js";
import { SectionKind } from "./enums.js";

@ObjectType()
export class PageInfo {
  @Field((_type) => Boolean)
  hasNextPage!: boolean;

  @Field((_type) => Boolean)
  hasPreviousPage!: boolean;

  @Field((_type) => String, { nullable: true })
  startCursor!: string | null;

  @Field((_type) => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field((_type) => Int, { nullable: true, description: "page size (at most MAX_PAGE_SIZE)" })
  first?: number | null;

  @Field((_type) => String, { nullable: true, description: "cursor of the last edge of the previous page" })
  after?: string | null;
}

@ArgsType()
export class RelationArgs extends PageArgs {
  @Field((_type) => ID, { nullable: true, description: "only relationships this report states" })
  report?: string | null;

  @Field((_type) => Int, {
    nullable: true,
    description: "only relationships stated by reports on this year or later (the year reported on)",
  })
  yearFrom?: number | null;

  @Field((_type) => Int, {
    nullable: true,
    description: "only relationships stated by reports on this year or earlier",
  })
  yearTo?: number | null;
}

/** Relationships with a sentence of evidence also know the kind of section that states them. */
@ArgsType()
export class StatementArgs extends RelationArgs {
  @Field((_type) => SectionKind, {
    nullable: true,
    description: "only statements made in sections of this kind (e.g. PROBLEM: the problems a report admits)",
  })
  sectionKind?: SectionKind | null;
}

const FOLLOW_SUCCESSION =
  "also the statements about the bodies it succeeded and that succeeded it (SUCCEEDED_BY, both ways): one agency across its names";

/** An agency's relationship fields can read across its names: the bodies it took over from and that took over from it. */
@ArgsType()
export class AgencyStatementArgs extends StatementArgs {
  @Field((_type) => Boolean, { nullable: true, description: FOLLOW_SUCCESSION })
  followSuccession?: boolean | null;
}

/** The same for an agency's links to reports (issuedReports), which have no section. */
@ArgsType()
export class AgencyRelationArgs extends RelationArgs {
  @Field((_type) => Boolean, { nullable: true, description: FOLLOW_SUCCESSION })
  followSuccession?: boolean | null;
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new BadUserInputError(`invalid cursor ${JSON.stringify(cursor)}`, { argument: "after" });
  return Number(match[1]);
}

export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_RELATION_PAGE_SIZE = 10;

/** Offset and limit for a page; `first` above the configured maximum is refused, never silently cut. */
export function pageWindow(
  args: PageArgs,
  maxPageSize: number,
  defaultFirst = DEFAULT_PAGE_SIZE,
): { offset: number; limit: number } {
  const first = args.first ?? Math.min(defaultFirst, maxPageSize);
  if (first < 0) throw new BadUserInputError("first must not be negative", { argument: "first" });
  checkPageSize(first, maxPageSize, "first");
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit: first };
}

export function checkPageSize(value: number, maxPageSize: number, argument: string): void {
  if (value > maxPageSize) {
    throw new LimitExceededError(
      "maxPageSize",
      maxPageSize,
      `${argument} is ${value}, above the maximum page size ${maxPageSize}`,
    );
  }
}

export interface EdgeShape<N> {
  cursor: string;
  node: N;
}

export interface ConnectionShape<E extends EdgeShape<unknown>> {
  /** null when not fetched: only when the query does not select totalCount */
  totalCount: number | null;
  edges: E[];
  nodes: E["node"][];
  pageInfo: PageInfo;
}

/** Where a page sits: `hasNext` from fetching one item more than shown, so no count is needed for it. */
export interface PagePosition {
  total: number | null;
  offset: number;
  hasNext: boolean;
}

export function toConnection<N, E extends EdgeShape<N>>(
  page: PagePosition,
  items: readonly Omit<E, "cursor">[],
): ConnectionShape<E> {
  const { offset } = page;
  const edges = items.map((item, i) => ({ ...item, cursor: encodeCursor(offset + i) }) as E);
  return {
    totalCount: page.total,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.hasNext,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

type TypeFn = () => ClassType | Function;

/** `<Name>Connection` / `<Name>Edge` for a top-level list of nodes. */
export function ListConnection(name: string, nodeType: TypeFn) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field((_type) => String)
    cursor!: string;

    @Field(nodeType)
    node!: unknown;

    @Field((_type) => Int, {
      nullable: true,
      description:
        "the value the list is ordered by (the count for MENTIONS, REPORTS, IMPLEMENTS, CONDUCTS, ISSUED; the year for YEAR); null for NAME",
    })
    sortValue!: number | null;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field((_type) => Int, { description: "all nodes matching, over all pages" })
    totalCount!: number;

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => [Edge])
    edges!: Edge[];

    @Field((_type) => [nodeType()], { description: "the edges' nodes, for clients that need no cursors" })
    nodes!: unknown[];
  }
  return Connection;
}
