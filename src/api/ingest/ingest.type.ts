import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Report } from "../report/report.type.js";

export enum IngestStatus {
  ADDED = "added",
  UNCHANGED = "unchanged",
  REPLACED = "replaced",
}
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  valuesConfig: {
    UNCHANGED: { description: "the same text was already in the graph; nothing was written" },
    REPLACED: {
      description:
        "the stored report with this id was re-extracted, or the reports in supersededIds (same sourceUrl, or named in replaces) were replaced by this one",
    },
  },
});

@ObjectType({
  description: "A stored report with the same issuer, year and type but another text: perhaps another version",
})
export class LookAlikeReport {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { nullable: true })
  title!: string | null;
}

@ObjectType({ description: "What an ingest did to the graph" })
export class IngestResult {
  @Field((_type) => ID)
  reportId!: string;

  @Field((_type) => [ID], { description: "other reports this one replaced (same sourceUrl, or named in replaces)" })
  supersededIds!: string[];

  @Field((_type) => [LookAlikeReport], {
    description: "stored reports it resembles and did not replace; pass replaces: [id] to supersede one",
  })
  lookAlikes!: LookAlikeReport[];

  @Field((_type) => Report, { nullable: true })
  report!: Report | null;

  @Field((_type) => IngestStatus)
  status!: IngestStatus;

  @Field((_type) => Int, { description: "entities the extractor found" })
  entities!: number;

  @Field((_type) => Int, { description: "relationships (with evidence) the extractor found" })
  relations!: number;

  @Field((_type) => Int)
  nodesCreated!: number;

  @Field((_type) => Int)
  nodesDeleted!: number;

  @Field((_type) => Int)
  relationshipsCreated!: number;

  @Field((_type) => Int)
  relationshipsDeleted!: number;

  @Field((_type) => Int)
  propertiesSet!: number;
}

@ObjectType()
export class DeleteReportResult {
  @Field((_type) => ID)
  reportId!: string;

  @Field((_type) => Boolean, { description: "false when no report had this id" })
  deleted!: boolean;

  @Field((_type) => Int)
  nodesDeleted!: number;

  @Field((_type) => Int)
  relationshipsDeleted!: number;
}
