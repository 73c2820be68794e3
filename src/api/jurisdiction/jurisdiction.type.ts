import { Field, ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { AdminLevel } from "../common/enums.js";
import { Entity, Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({ implements: [Node, Entity], description: "An administrative division, e.g. 湖北省荆州市沙市区" })
export class Jurisdiction extends Entity {
  @Field((_type) => AdminLevel, { nullable: true })
  level!: AdminLevel | null;

  @Field((_type) => String, { nullable: true, description: "GB/T 2260 division code when known" })
  code!: string | null;
}

export const JurisdictionConnection = ListConnection("Jurisdiction", () => Jurisdiction);
export const JurisdictionRelation = RelationTypes("Jurisdiction", () => Jurisdiction);
