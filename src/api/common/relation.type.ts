/** Edges of relationship fields: the node at the other end and every piece of evidence for the relationship. */
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./connection.type.js";
import { Evidence, Span } from "./evidence.type.js";

type TypeFn = () => ClassType | Function;

/** `<name>`: a page of `Edge`s, with the nodes at their ends again as a plain list. */
function EdgeConnection<E extends object>(name: string, Edge: ClassType<E>, nodeType: TypeFn) {
  @ObjectType(name)
  class Connection {
    @Field((_type) => Int)
    totalCount!: number;

    @Field((_type) => PageInfo)
    pageInfo!: PageInfo;

    @Field((_type) => [Edge])
    edges!: E[];

    @Field((_type) => [nodeType()])
    nodes!: unknown[];
  }
  return Connection;
}

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
  return { Edge, Connection: EdgeConnection(`${name}RelationConnection`, Edge, nodeType) };
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
  return { Edge, Connection: EdgeConnection(`${name}MentionConnection`, Edge, nodeType) };
}
