/** Filters shared by every entity list; each type's filter extends this with its own fields. */
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Conditions all of which a listed entity meets" })
export class EntityFilter {
  @Field((_type) => String, { nullable: true, description: "part of the name or of an alias (case-insensitive)" })
  nameContains?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "jurisdiction id, GB/T 2260 code, name, short name or alias (421002, 沙市区, 荆州市沙市区); includes everything within it",
  })
  jurisdiction?: string | null;

  @Field((_type) => Int, { nullable: true, description: "mentioned in a report on this year or later" })
  yearFrom?: number | null;

  @Field((_type) => Int, { nullable: true, description: "mentioned in a report on this year or earlier" })
  yearTo?: number | null;

  @Field((_type) => ID, { nullable: true, description: "mentioned in this report" })
  report?: string | null;
}
