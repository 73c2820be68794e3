import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Conditions all of which a listed report meets" })
export class ReportFilter {
  @Field((_type) => String, { nullable: true, description: "part of the title (case-insensitive)" })
  titleContains?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "jurisdiction id or exact name; includes everything within it",
  })
  jurisdiction?: string | null;

  @Field((_type) => Int, { nullable: true })
  yearFrom?: number | null;

  @Field((_type) => Int, { nullable: true })
  yearTo?: number | null;

  @Field((_type) => ID, { nullable: true, description: "id of the issuing agency" })
  issuer?: string | null;
}
