import { Field, Float, ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { Entity, Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({ implements: [Node, Entity], description: "A figure a report gives, e.g. 立案 19起" })
export class Metric extends Entity {
  @Field((_type) => String, { nullable: true, description: "what is counted" })
  label!: string | null;

  @Field((_type) => Float, { nullable: true })
  value!: number | null;

  @Field((_type) => String, { nullable: true })
  unit!: string | null;

  @Field((_type) => String, { nullable: true, description: "多, 余, 近, 超 … when the figure is approximate" })
  qualifier!: string | null;

  @Field((_type) => String, { nullable: true, description: "result (what was done) or target (what is to be done)" })
  kind!: string | null;
}

export const MetricConnection = ListConnection("Metric", () => Metric);
export const MetricRelation = RelationTypes("Metric", () => Metric);
