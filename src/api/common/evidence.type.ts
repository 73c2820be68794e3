/** Where a report says something: the sentence and its character offsets in the report text. */
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { SectionKind } from "./enums.js";

@ObjectType({ description: "The report sentence that states a relationship, with UTF-16 offsets into the report text" })
export class Evidence {
  @Field((_type) => ID, { description: "id of the report that says so" })
  reportId!: string;

  // `report: Report` is added by EvidenceResolver.

  @Field((_type) => String)
  sentence!: string;

  @Field((_type) => Int)
  start!: number;

  @Field((_type) => Int)
  end!: number;

  @Field((_type) => String, { nullable: true, description: "id of the section the sentence sits under" })
  section!: string | null;

  @Field((_type) => SectionKind, { nullable: true })
  sectionKind!: SectionKind | null;

  @Field((_type) => GraphQLJSONObject, { description: "further properties the extractor recorded on the relationship" })
  properties!: Record<string, unknown>;
}

const EVIDENCE_KEYS = new Set(["report", "sentence", "start", "end", "section", "sectionKind"]);

/** Relationship properties (as stored by the loader) to an Evidence. */
export function toEvidence(props: Record<string, unknown>): Evidence {
  const rest = Object.fromEntries(Object.entries(props).filter(([k]) => !EVIDENCE_KEYS.has(k)));
  return {
    reportId: String(props.report ?? ""),
    sentence: String(props.sentence ?? ""),
    start: Number(props.start ?? 0),
    end: Number(props.end ?? 0),
    section: (props.section as string | undefined) ?? null,
    sectionKind: (props.sectionKind as SectionKind | undefined) ?? null,
    properties: rest,
  };
}

@ObjectType({ description: "One place a report names an entity" })
export class Span {
  @Field((_type) => Int)
  start!: number;

  @Field((_type) => Int)
  end!: number;

  @Field((_type) => String, { nullable: true })
  section!: string | null;
}

/** MENTIONS stores spans flat, [start0, end0, start1, end1, ...], with sections aligned per span. */
export function toSpans(flat: readonly number[], sections: readonly (string | null)[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    spans.push({ start: flat[i]!, end: flat[i + 1]!, section: sections[i / 2] ?? null });
  return spans;
}

@ObjectType({
  description:
    "The report text around an evidence sentence: `before` + `sentence` + `after` is the report text from `start` to `end`",
})
export class EvidenceContext {
  @Field((_type) => String, { description: "up to `chars` characters before the sentence" })
  before!: string;

  @Field((_type) => String, { description: "the sentence: the report text at the evidence's offsets" })
  sentence!: string;

  @Field((_type) => String, { description: "up to `chars` characters after the sentence" })
  after!: string;

  @Field((_type) => Int, { description: "offset of `before` in the report text (UTF-16 code units)" })
  start!: number;

  @Field((_type) => Int, { description: "offset where `after` ends" })
  end!: number;
}
