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
    REPLACED: { description: "a report with this id but other text was replaced" },
  },
});

@ObjectType({ description: "What an ingest did to the graph" })
export class IngestResult {
  @Field(_type => ID)
  reportId!: string;

  @Field(_type => Report, { nullable: true })
  report!: Report | null;

  @Field(_type => IngestStatus)
  status!: IngestStatus;

  @Field(_type => Int, { description: "entities the extractor found" })
  entities!: number;

  @Field(_type => Int, { description: "relationships (with evidence) the extractor found" })
  relations!: number;

  @Field(_type => Int)
  nodesCreated!: number;

  @Field(_type => Int)
  nodesDeleted!: number;

  @Field(_type => Int)
  relationshipsCreated!: number;

  @Field(_type => Int)
  relationshipsDeleted!: number;

  @Field(_type => Int)
  propertiesSet!: number;
}

@ObjectType()
export class DeleteReportResult {
  @Field(_type => ID)
  reportId!: string;

  @Field(_type => Boolean, { description: "false when no report had this id" })
  deleted!: boolean;

  @Field(_type => Int)
  nodesDeleted!: number;

  @Field(_type => Int)
  relationshipsDeleted!: number;
}
