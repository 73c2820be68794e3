import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Evidence } from "../common/evidence.type.js";
import { Entity, Node } from "../common/node.interface.js";
import { Law } from "../law/law.type.js";

@ObjectType({ description: "A law with how often reports in scope cite it and agencies implement it" })
export class LawRank {
  @Field((_type) => Law)
  law!: Law;

  @Field((_type) => Int, { description: "reports in scope that cite it" })
  citations!: number;

  @Field((_type) => Int, { description: "IMPLEMENTS statements in those reports" })
  implementations!: number;

  @Field((_type) => Int, { description: "distinct agencies implementing it in those reports" })
  implementers!: number;
}

@ObjectType({ description: "An entity named in the same reports as another" })
export class CoMention {
  @Field((_type) => Entity)
  node!: Entity;

  @Field((_type) => Int, { description: "reports naming both" })
  sharedReports!: number;

  reportIds!: string[];
}

@ObjectType({ description: "A relationship, for drawing graphs: ids of its ends, its type, its evidence" })
export class GraphEdge {
  @Field((_type) => ID, { description: "the relationship's element id (stable within one database)" })
  id!: string;

  @Field((_type) => String, { description: "relationship type, e.g. IMPLEMENTS or MENTIONS" })
  type!: string;

  @Field((_type) => ID, { description: "id of the start node" })
  source!: string;

  @Field((_type) => ID, { description: "id of the end node" })
  target!: string;

  @Field((_type) => Evidence, {
    nullable: true,
    description: "the sentence stating it (null for MENTIONS, ISSUED_BY, COVERS)",
  })
  evidence!: Evidence | null;

  @Field((_type) => GraphQLJSONObject)
  properties!: Record<string, unknown>;
}

@ObjectType()
export class GraphPath {
  @Field((_type) => Int, { description: "number of relationships" })
  length!: number;

  @Field((_type) => [Node], { description: "from the start node to the end node" })
  nodes!: Node[];

  @Field((_type) => [GraphEdge], { description: "in path order; source/target keep the stored direction" })
  edges!: GraphEdge[];
}

@ObjectType({ description: "A subgraph around a node" })
export class Neighborhood {
  @Field((_type) => [Node], { description: "the centre first" })
  nodes!: Node[];

  @Field((_type) => [GraphEdge])
  edges!: GraphEdge[];

  @Field((_type) => Boolean, { description: "true when more nodes were within reach than `limit`" })
  truncated!: boolean;
}

@ObjectType()
export class LabelCount {
  @Field((_type) => String)
  label!: string;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType()
export class RelationshipCount {
  @Field((_type) => String)
  type!: string;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType()
export class GraphStats {
  @Field((_type) => [LabelCount])
  nodes!: LabelCount[];

  @Field((_type) => [RelationshipCount])
  relationships!: RelationshipCount[];
}

@ObjectType({ description: "What the reports of one year state about an entity" })
export class YearStatements {
  @Field((_type) => Int, { nullable: true, description: "the year reported on; null for reports without one" })
  year!: number | null;

  @Field((_type) => Int, { description: "statements of that year's reports about it" })
  count!: number;

  @Field((_type) => [GraphEdge], {
    description: "the first of them (`first:`), in report and text order, with evidence",
  })
  statements!: GraphEdge[];
}
