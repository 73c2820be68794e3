import { Field, InputType } from "type-graphql";

@InputType({ description: "A report to extract and add to the graph; the optional fields override what the text says" })
export class IngestReportInput {
  @Field(_type => String, { description: "the report's full text" })
  text!: string;

  @Field(_type => String, { nullable: true })
  title?: string | null;

  @Field(_type => String, { nullable: true, description: "YYYY-MM-DD" })
  publishedAt?: string | null;

  @Field(_type => String, { nullable: true, description: "where the report was published; also makes its id" })
  sourceUrl?: string | null;

  @Field(_type => String, { nullable: true, description: "name of the issuing body" })
  issuer?: string | null;
}
