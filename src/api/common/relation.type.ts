/** Edges of relationship fields: the node at the other end and every piece of evidence for the relationship. */
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./connection.type.js";
import { Evidence, Span } from "./evidence.type.js";

type TypeFn = () => ClassType | Function;

/** `<Name>RelationEdge` (node + evidence) and `<Name>RelationConnection`. */
export function RelationTypes(name: string, nodeType: TypeFn) {
  @ObjectType(`${name}RelationEdge`, { description: `A related ${name} and the report sentences that say so` })
  class Edge {
    @Field((_type) => String)
    cursor!: string;

    @Field(nodeType)
    node!: unknown;

    @Field((_type) => [Evidence], { description: "one entry per report sentence stating the relationship" })
    evidence!: Evidence[];
  }

  @ObjectType(`${name}RelationConnection`)
  class Connection {
    @Field((_type) => Int)
    totalCount!: number;

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => [Edge])
    edges!: Edge[];

    @Field((_type) => [nodeType()])
    nodes!: unknown[];
  }
  return { Edge, Connection };
}

/** `<Name>MentionEdge`: a mention relationship between a report and an entity, with its spans. */
export function MentionTypes(name: string, nodeType: TypeFn) {
  @ObjectType(`${name}MentionEdge`)
  class Edge {
    @Field((_type) => String)
    cursor!: string;

    @Field(nodeType)
    node!: unknown;

    @Field((_type) => Int, { description: "how many times the report names the entity" })
    count!: number;

    @Field((_type) => [Span], { description: "where, as offsets into the report text" })
    spans!: Span[];
  }

  @ObjectType(`${name}MentionConnection`)
  class Connection {
    @Field((_type) => Int)
    totalCount!: number;

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => [Edge])
    edges!: Edge[];

    @Field((_type) => [nodeType()])
    nodes!: unknown[];
  }
  return { Edge, Connection };
}
