import { Field, InputType } from "type-graphql";
import { AdminLevel, AgencyKind } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";

@InputType()
export class AgencyFilter extends EntityFilter {
  @Field((_type) => AgencyKind, { nullable: true })
  kind?: AgencyKind | null;

  @Field((_type) => AdminLevel, { nullable: true })
  level?: AdminLevel | null;
}
