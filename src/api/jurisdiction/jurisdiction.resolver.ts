import { Resolver } from "type-graphql";
import { NamedEntityResolver } from "../common/entity.resolver.js";
import { RelationFields } from "../common/relation-fields.js";
import { JurisdictionFilter } from "./jurisdiction.input.js";
import { Jurisdiction, JurisdictionConnection } from "./jurisdiction.type.js";

@Resolver((_of) => Jurisdiction)
@RelationFields("Jurisdiction")
export class JurisdictionResolver extends NamedEntityResolver(() => Jurisdiction, {
  label: "Jurisdiction",
  list: "jurisdictions",
  connection: JurisdictionConnection,
  filter: JurisdictionFilter,
  one: "jurisdiction",
  description:
    "by id, or by name: canonical, short or alias or GB/T 2260 code, or the name below a division (沙市区, 荆州市沙市区); null if none, an error listing the candidates if several",
}) {}
