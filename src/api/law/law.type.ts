import { Field, ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { LawKind } from "../common/enums.js";
import { Entity, Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({
  implements: [Node, Entity],
  description: "A law, regulation, rule, normative document or plan cited by reports",
})
export class Law extends Entity {
  @Field((_type) => LawKind, { nullable: true })
  kind!: LawKind | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "whether the cited version was in force in the report's year; null when unknown",
  })
  inForce!: boolean | null;
}

export const LawConnection = ListConnection("Law", () => Law);
export const LawRelation = RelationTypes("Law", () => Law);
