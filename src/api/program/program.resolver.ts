import { Resolver } from "type-graphql";
import { NamedEntityResolver } from "../common/entity.resolver.js";
import { RelationFields } from "../common/relation-fields.js";
import { EntityFilter } from "../common/filter.input.js";
import { Program, ProgramConnection } from "./program.type.js";

@Resolver((_of) => Program)
@RelationFields("Program")
export class ProgramResolver extends NamedEntityResolver(() => Program, {
  label: "Program",
  list: "programs",
  connection: ProgramConnection,
  filter: EntityFilter,
  one: "program",
}) {}
