/**
 * The relationship fields of every GraphQL type, made from the relation catalogue (src/graph/relation-specs.ts):
 * `@RelationFields("Agency")` on a resolver class adds one field resolver per catalogue field whose source is
 * Agency, with its return type (connection, edge or node of the other end's type), arguments, complexity and
 * description. Nothing here names a relationship.
 */
import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Root, type ClassType } from "type-graphql";
import type { NodeLabel } from "../../graph/model.js";
import { RELATION_SPECS, relationFieldsOf, type RelationSpec } from "../../graph/relation-specs.js";
import { AgencyRelation, Agency } from "../agency/agency.type.js";
import type { Context } from "../context.type.js";
import type { ApiNode } from "../api-nodes.js";
import { Jurisdiction, JurisdictionRelation } from "../jurisdiction/jurisdiction.type.js";
import { LawRelation, Law } from "../law/law.type.js";
import { MetricRelation, Metric } from "../metric/metric.type.js";
import { ProgramRelation, Program } from "../program/program.type.js";
import { Report, ReportRelation } from "../report/report.type.js";
import { complexityOf } from "./complexity.js";
import {
  AgencyRelationArgs,
  AgencyStatementArgs,
  DEFAULT_RELATION_PAGE_SIZE,
  RelationArgs,
  StatementArgs,
} from "./connection.type.js";
import { EntityRelation } from "./entity-relation.type.js";
import { Entity } from "./node.interface.js";
import { relatedNode, relationConnection, relationEdge } from "./fields.js";

type Relation = { Edge: ClassType; Connection: ClassType };

/** The GraphQL types at the other end of a relationship field; null: any entity. */
const TARGETS: Record<NodeLabel | "Entity", { node: Function; relation: Relation }> = {
  Report: { node: Report, relation: ReportRelation },
  Agency: { node: Agency, relation: AgencyRelation },
  Law: { node: Law, relation: LawRelation },
  Program: { node: Program, relation: ProgramRelation },
  Jurisdiction: { node: Jurisdiction, relation: JurisdictionRelation },
  Metric: { node: Metric, relation: MetricRelation },
  Entity: { node: Entity, relation: EntityRelation },
};

/** Statements (evidence "sentence") take a section kind; an agency's fields can follow its renamings. */
function argsOf(spec: RelationSpec): ClassType {
  const statements = RELATION_SPECS[spec.type]!.evidence === "sentence";
  if (spec.source === "Agency") return statements ? AgencyStatementArgs : AgencyRelationArgs;
  return statements ? StatementArgs : RelationArgs;
}

const relationComplexity = complexityOf.relation(DEFAULT_RELATION_PAGE_SIZE);

/** Defines `spec.field` on the resolver's prototype and applies the decorators a hand-written one would have. */
function addField(prototype: object, spec: RelationSpec): void {
  const coordinate = `${spec.source}.${spec.field}`;
  const target = TARGETS[spec.target ?? "Entity"];
  const description = spec.description ? { description: spec.description } : {};
  let resolve: (...args: never[]) => unknown;
  if (spec.shape === "connection") {
    resolve = (root: ApiNode, page: RelationArgs, info: GraphQLResolveInfo, ctx: Context) =>
      relationConnection(ctx, info, coordinate, root, page);
  } else if (spec.shape === "edge") {
    resolve = (root: ApiNode, info: GraphQLResolveInfo, ctx: Context) => relationEdge(ctx, info, coordinate, root);
  } else {
    resolve = (root: ApiNode, info: GraphQLResolveInfo, ctx: Context) => relatedNode(ctx, info, coordinate, root);
  }
  Object.defineProperty(prototype, spec.field, { value: resolve, writable: true, configurable: true });
  const descriptor = Object.getOwnPropertyDescriptor(prototype, spec.field)!;
  let index = 0;
  Root()(prototype, spec.field, index++);
  if (spec.shape === "connection") {
    FieldResolver(() => target.relation.Connection, { complexity: relationComplexity, ...description })(
      prototype,
      spec.field,
      descriptor,
    );
    Args(() => argsOf(spec))(prototype, spec.field, index++);
  } else {
    const returns = spec.shape === "edge" ? target.relation.Edge : target.node;
    FieldResolver(() => returns, { nullable: true, complexity: complexityOf.relationOne, ...description })(
      prototype,
      spec.field,
      descriptor,
    );
  }
  Info()(prototype, spec.field, index++);
  Ctx()(prototype, spec.field, index);
}

/** Class decorator: the relationship fields of `label`, from the catalogue. */
export function RelationFields(label: NodeLabel) {
  return (resolver: Function): void => {
    for (const spec of relationFieldsOf(label)) addField(resolver.prototype as object, spec);
  };
}
