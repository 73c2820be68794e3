import { Field, ID, Int, ObjectType } from "type-graphql";
import { ListConnection } from "../common/connection.type.js";
import { SectionKind } from "../common/enums.js";
import { Node } from "../common/node.interface.js";
import { RelationTypes } from "../common/relation.type.js";

@ObjectType({ description: "A heading of the report and the text range it covers" })
export class Section {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  heading!: string;

  @Field((_type) => Int)
  level!: number;

  @Field((_type) => ID, { nullable: true })
  parent!: string | null;

  @Field((_type) => SectionKind)
  kind!: SectionKind;

  @Field((_type) => Int)
  start!: number;

  @Field((_type) => Int)
  end!: number;
}

@ObjectType({ implements: Node, description: "A government work report" })
export class Report {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  title!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "the issuer's name as the report gives it (see `issuer` for the agency)",
  })
  issuerName!: string | null;

  @Field((_type) => String, { nullable: true, description: "the jurisdiction path as the report gives it" })
  jurisdictionName!: string | null;

  @Field((_type) => Int, {
    nullable: true,
    description: "the year reported on; for a 政府工作报告, the year it is delivered",
  })
  year!: number | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "what the year was read from: title, publishedAt, or the speech's evidence (weak: … when only the year the text names most)",
  })
  yearFrom!: string | null;

  @Field((_type) => String, { nullable: true, description: "the kind of report, e.g. 政府工作报告" })
  reportType!: string | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "true when the text has no title line and `title` was built from it",
  })
  titleInferred!: boolean | null;

  @Field((_type) => String, { nullable: true, description: "YYYY-MM-DD" })
  publishedAt!: string | null;

  @Field((_type) => String, { nullable: true })
  source!: string | null;

  @Field((_type) => String, { nullable: true })
  sourceUrl!: string | null;

  @Field((_type) => String, { nullable: true })
  contentHash!: string | null;

  @Field((_type) => String, { nullable: true })
  extractorVersion!: string | null;

  @Field((_type) => String, { nullable: true })
  ingestedAt!: string | null;
}

export const ReportConnection = ListConnection("Report", () => Report);
export const ReportRelation = RelationTypes("Report", () => Report);
