import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A report to extract and add to the graph; the optional fields override what the text says" })
export class IngestReportInput {
  @Field((_type) => String, { description: "the report's full text" })
  text!: string;

  @Field((_type) => String, { nullable: true })
  title?: string | null;

  @Field((_type) => String, { nullable: true, description: "YYYY-MM-DD" })
  publishedAt?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "where the report was published; a stored report with the same sourceUrl and another text is replaced by this one",
  })
  sourceUrl?: string | null;

  @Field((_type) => [ID], {
    nullable: true,
    description:
      "ids of stored reports this one replaces (a new version of them); each must exist. Without it (or the same sourceUrl) no other report is ever removed",
  })
  replaces?: string[] | null;

  @Field((_type) => String, { nullable: true, description: "name of the issuing body" })
  issuer?: string | null;
}
