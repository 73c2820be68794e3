import { Resolver } from "type-graphql";
import { NamedEntityResolver } from "../common/entity.resolver.js";
import { RelationFields } from "../common/relation-fields.js";
import { AgencyFilter } from "./agency.input.js";
import { Agency, AgencyConnection } from "./agency.type.js";

@Resolver((_of) => Agency)
@RelationFields("Agency")
export class AgencyResolver extends NamedEntityResolver(() => Agency, {
  label: "Agency",
  list: "agencies",
  connection: AgencyConnection,
  filter: AgencyFilter,
  one: "agency",
}) {}
