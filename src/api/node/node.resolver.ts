/** Relay's node(id) / nodes(ids): any object by its global id (the graph id). */
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { complexityOf } from "../common/complexity.js";
import { checkPageSize } from "../common/connection.type.js";
import { Node } from "../common/node.interface.js";
import { returnedNodePlan } from "../common/selection.js";
import type { Context } from "../context.type.js";

@Resolver()
export class NodeResolver {
  @Query((_returns) => Node, {
    nullable: true,
    complexity: complexityOf.rootOne,
    description: "any report or entity by id",
  })
  node(@Arg("id", (_type) => ID) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.graph.node(id, returnedNodePlan(info, ctx.config.api.maxPageSize));
  }

  @Query((_returns) => [Node], {
    nullable: "items",
    complexity: complexityOf.rootList(1, "ids"),
    description: "several objects by id, in the order asked; null where an id is unknown",
  })
  nodes(@Arg("ids", (_type) => [ID]) ids: string[], @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    checkPageSize(ids.length, ctx.config.api.maxPageSize, "ids");
    return ctx.graph.nodes(ids, returnedNodePlan(info, ctx.config.api.maxPageSize));
  }
}
