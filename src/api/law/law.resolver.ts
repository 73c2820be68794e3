import { Resolver } from "type-graphql";
import { NamedEntityResolver } from "../common/entity.resolver.js";
import { RelationFields } from "../common/relation-fields.js";
import { LawFilter } from "./law.input.js";
import { Law, LawConnection } from "./law.type.js";

@Resolver((_of) => Law)
@RelationFields("Law")
export class LawResolver extends NamedEntityResolver(() => Law, {
  label: "Law",
  list: "laws",
  connection: LawConnection,
  filter: LawFilter,
  one: "law",
}) {}
