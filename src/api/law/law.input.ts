import { Field, InputType } from "type-graphql";
import { LawKind } from "../common/enums.js";
import { EntityFilter } from "../common/filter.input.js";

@InputType()
export class LawFilter extends EntityFilter {
  @Field((_type) => LawKind, { nullable: true })
  kind?: LawKind | null;

  @Field((_type) => Boolean, { nullable: true })
  inForce?: boolean | null;
}
