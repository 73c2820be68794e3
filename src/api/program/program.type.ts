import { ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { Entity, Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({
  implements: [Node, Entity],
  description: "A programme, campaign, system or reform an agency carries out",
})
export class Program extends Entity {}

export const ProgramConnection = ListConnection("Program", () => Program);
export const ProgramRelation = RelationTypes("Program", () => Program);
