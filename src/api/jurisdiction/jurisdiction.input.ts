import { Field, InputType } from "type-graphql";
import { AdminLevel } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";

@InputType()
export class JurisdictionFilter extends EntityFilter {
  @Field((_type) => AdminLevel, { nullable: true })
  level?: AdminLevel | null;
}
