import { Field, ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { AdminLevel, AgencyKind } from "../common/enums.js";
import { Entity, Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({
  implements: [Node, Entity],
  description: "A government body, party organ, congress, court or public institution",
})
export class Agency extends Entity {
  @Field((_type) => AgencyKind, { nullable: true })
  kind!: AgencyKind | null;

  @Field((_type) => AdminLevel, { nullable: true })
  level!: AdminLevel | null;
}

export const AgencyConnection = ListConnection("Agency", () => Agency);
export const AgencyRelation = RelationTypes("Agency", () => Agency);
