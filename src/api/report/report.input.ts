import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Conditions all of which a listed report meets" })
export class ReportFilter {
  @Field((_type) => String, { nullable: true, description: "part of the title (case-insensitive)" })
  titleContains?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "jurisdiction id, GB/T 2260 code, name, short name or alias (421002, 沙市区, 荆州市沙市区); includes everything within it",
  })
  jurisdiction?: string | null;

  @Field((_type) => Int, { nullable: true })
  yearFrom?: number | null;

  @Field((_type) => Int, { nullable: true })
  yearTo?: number | null;

  @Field((_type) => ID, { nullable: true, description: "the issuing agency: id, name, short name or alias" })
  issuer?: string | null;
}
