/**
 * The extractor's output shape. `kg extract --json`, the graph loader and the API all depend on it,
 * so change it only together with them.
 * Offsets (`start`/`end`) are UTF-16 code-unit offsets into the decoded report text
 * (for HTML input: into the text left after markup is stripped); `text.slice(start, end)` is the evidence.
 */

export const ENTITY_TYPES = ["Agency", "Law", "Program", "Jurisdiction", "Metric"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A figure of what was done (last year's result) or of what is to be done (this year's target). */
export type MetricKind = "result" | "target";

/**
 * Directions (from -> to):
 * ISSUED, IMPLEMENTS: agency -> law. CONDUCTS: agency -> program.
 * TRANSFERRED_DUTY: agency giving up the duty -> agency receiving it (properties.duty = the duty's words).
 * ABOLISHED: acting agency (the subject, else the report's issuer) -> abolished agency.
 * MERGED: agency merged away -> agency it is merged into. PART_OF: office/department -> the body it belongs to.
 * IN_JURISDICTION: agency -> jurisdiction. WITHIN: jurisdiction -> its parent (GB/T 2260; properties.source).
 * MEASURES: metric -> program or agency.
 * SUCCEEDED_BY: agency -> the body that took over from it (properties.year, .how: renamed|merged, .basis), from the
 * dated succession lexicon (lexicon/agency-succession.tsv), in the agency's own jurisdiction.
 */
export const RELATION_TYPES = [
  "ISSUED",
  "IMPLEMENTS",
  "CONDUCTS",
  "TRANSFERRED_DUTY",
  "ABOLISHED",
  "MERGED",
  "PART_OF",
  "IN_JURISDICTION",
  "WITHIN",
  "MEASURES",
  "SUCCEEDED_BY",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

// The value lists are runtime data because the API's enums are made from them (src/api/common/enums.ts).
export const AGENCY_KINDS = [
  "government",
  "department",
  "party",
  "congress",
  "cppcc",
  "court",
  "procuratorate",
  "institution",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const LAW_KINDS = [
  "law",
  "administrative_regulation",
  "local_regulation",
  "rule",
  "normative_document",
  "party_document",
  "plan",
] as const;
export type LawKind = (typeof LAW_KINDS)[number];
export const ADMIN_LEVELS = ["national", "provincial", "city", "county", "township"] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

/** What a section of the report is about: work done, problems admitted, or plans. */
export const SECTION_KINDS = ["work", "problem", "plan", "other"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Mention {
  text: string;
  start: number;
  end: number;
  /** id of the innermost section heading the mention sits under, if any */
  section?: string;
}

export interface ExtractedEntity {
  id: string;
  type: EntityType;
  /** canonical full official name */
  name: string;
  /** other surface forms seen (abbreviations, short titles), without the canonical name */
  aliases: string[];
  kind?: string;
  level?: AdminLevel;
  /** id of the parent entity (agency's parent body, jurisdiction's parent) */
  parent?: string;
  /** Metric: numeric value, unit, label, and qualifier such as 多/余/近/超 */
  value?: number;
  unit?: string;
  label?: string;
  qualifier?: string;
  /** Jurisdiction: GB/T 2260 code when known */
  code?: string;
  /** Law: whether the cited version was in force in the report's year (lexicon-backed), null if unknown */
  inForce?: boolean | null;
  mentions: Mention[];
}

export interface Evidence {
  start: number;
  end: number;
  /** the sentence text; equals report text.slice(start, end) */
  sentence: string;
  section?: string;
  sectionKind?: SectionKind;
}

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  properties?: Record<string, string | number | boolean>;
  evidence: Evidence;
}

export interface Section {
  id: string;
  /** heading text as written, e.g. "一、2016主要工作和取得的成效" */
  heading: string;
  level: number;
  parent?: string;
  kind: SectionKind;
  start: number;
  end: number;
}

export interface ReportInfo {
  /** report:<hash of the normalized text> (src/extract/identity/report-id.ts): two different texts never share one */
  id: string;
  title: string;
  /** the text has no title line: `title` was built from what the text says (政府工作报告) or is its first line */
  titleInferred?: boolean;
  /** the kind of report (src/extract/lexicon/report-types.tsv), e.g. 政府工作报告, or null */
  reportType?: string | null;
  /** canonical name of the issuing body, or null when unknown */
  issuer: string | null;
  issuerId?: string | null;
  /** full jurisdiction path, e.g. 湖北省荆州市沙市区 */
  jurisdiction: string | null;
  jurisdictionId?: string | null;
  /** the year reported on; for a 政府工作报告, the year it is delivered. Null when the text does not say */
  year: number | null;
  /** what the year was read from: "title", "publishedAt", or the speech's evidence ("weak: …" when only the year it names most) */
  yearFrom?: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  /** the source line (e.g. "荆州沙市区政府法制办供稿") or URL */
  source: string | null;
  sourceUrl?: string | null;
  /**
   * the metadata the caller gave (identity/report-id.ts callerMetadataOf: its fields as given), null when none: what
   * a re-extraction passes back so the caller's title, publishedAt and issuer still win
   */
  callerMetadata?: ReportMetadata | null;
  /** offset where the report body ends; everything after it is kept out of the graph */
  bodyEnd: number;
  /** sha256 of the normalized text the id hashes (identity/report-id.ts), for "unchanged" detection on re-ingest */
  contentHash: string;
  extractorVersion: string;
}

export interface ExtractedReport {
  report: ReportInfo;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  sections: Section[];
}

/** Optional metadata from the caller; each field overrides what the text says. */
export interface ReportMetadata {
  title?: string;
  publishedAt?: string;
  sourceUrl?: string;
  issuer?: string;
}
