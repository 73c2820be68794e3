/** Relay's Node (anything with a global id: the graph id) and Entity (what reports mention). */
import { Field, ID, Int, InterfaceType } from "type-graphql";
import type { ApiNode } from "../api-nodes.js";

const byTypename = (value: ApiNode) => value.__typename;

@InterfaceType({ resolveType: byTypename, description: "An object with a global id: the node's id in the graph" })
export abstract class Node {
  @Field((_type) => ID)
  id!: string;
}

@InterfaceType({
  implements: Node,
  resolveType: byTypename,
  description: "Something reports mention: agency, law, program, jurisdiction or metric",
})
export abstract class Entity extends Node {
  @Field((_type) => String, { description: "canonical full name" })
  name!: string;

  @Field((_type) => [String], { description: "other names seen in reports (abbreviations, short titles)" })
  aliases!: string[];

  @Field((_type) => Int, { description: "how many times reports name it, summed over reports" })
  mentionCount!: number;
}
