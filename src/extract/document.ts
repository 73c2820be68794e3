/**
 * The document object that the numbered passes thread through. Each pass reads what earlier
 * passes left and returns a new object with its own findings added; none of them throws on
 * text it does not understand.
 */
import type { AdminLevel, ExtractedRelation, MetricKind, ReportMetadata, Section, SectionKind } from "./types.js";

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  section?: string;
  sectionKind?: SectionKind;
}

export interface JurisdictionMention extends Span {
  text: string;
  code: string;
}

/** A resolved agency; one mention may name two (法检两院). */
export interface AgencyRef {
  id: string;
  name: string;
  kind: string;
  level?: AdminLevel;
  jurisdictionCode?: string;
  /** the government an office or department belongs to, when the name says so */
  parentId?: string;
}

export interface AgencyMention extends Span {
  text: string;
  refs: AgencyRef[];
}

export interface LawMention extends Span {
  text: string;
  canonical: string;
  kind: string;
  inForce: boolean | null;
  /** agencies named as the issuer in the title or right before it */
  issuers: { ref: AgencyRef; span: Span }[];
  /** whose it is when the title does not say: a GB/T 2260 code or report-<hex> (identity/law-scope.ts) */
  scope?: string;
}

export interface ProgramMention extends Span {
  text: string;
  name: string;
  /** whose it is when it is not national: a GB/T 2260 code or report-<hex> (identity/program-scope.ts) */
  scope?: string;
}

export interface MetricMention extends Span {
  text: string;
  label: string;
  value: number;
  unit: string;
  qualifier?: string;
  kind: MetricKind;
}

export interface ReportHeader {
  /** report:<hash of the normalized text> (identity/report-id.ts) */
  reportId?: string;
  /** contentHashOf(text, callerMeta), made with the id (identity/report-id.ts) */
  contentHash?: string;
  title: string;
  titleSpan?: Span;
  /** the text has no title line: `title` was built (政府工作报告) or is its first line */
  titleInferred?: boolean;
  /** the kind of report (lexicon/report-types.tsv), e.g. 政府工作报告 */
  reportType?: string | null;
  publishedAt: string | null;
  source: string | null;
  year: number | null;
  /** what the year was read from: "title", "publishedAt", or the evidence of the speech ("weak: …" when only the most mentioned year) */
  yearFrom?: string | null;
  /** the caller's metadata as given (pass 3 may pass an inferred issuer on in `meta`) */
  callerMeta?: ReportMetadata;
  /** issuer read from the speech for a title that names nobody, passed on as meta.issuer (not the caller's) */
  issuerInferred?: string;
  /** text of a 发布机构/issuer line in the header, if any */
  issuerLine?: Span;
  /** header lines that are page furniture (下载, 打印, 字号, 来源: …, 时间: …) */
  furniture?: Span[];
}

export interface Doc {
  meta: ReportMetadata;
  /** decoded text; all offsets point into it */
  text: string;
  /** `text` folded char-for-char (same length): full-width punctuation to ASCII */
  norm: string;
  header: ReportHeader;
  bodyEnd: number;
  sections: Section[];
  sentences: SentenceSpan[];
  reportJurisdiction?: string;
  issuer?: AgencyRef;
  /** agencies the report does not name but a relation needs: the successor that the report's year shows applies */
  impliedAgencies?: AgencyRef[];
  jurisdictions: JurisdictionMention[];
  agencies: AgencyMention[];
  laws: LawMention[];
  programs: ProgramMention[];
  metrics: MetricMention[];
  relations: ExtractedRelation[];
}

export type Pass = (doc: Doc) => Doc;

export function emptyDoc(text: string, meta: ReportMetadata): Doc {
  return {
    meta,
    text,
    norm: text,
    header: { title: "", publishedAt: null, source: null, year: null },
    bodyEnd: text.length,
    sections: [],
    sentences: [],
    jurisdictions: [],
    agencies: [],
    laws: [],
    programs: [],
    metrics: [],
    relations: [],
  };
}

/** The sentence containing `pos` (binary search over sentence starts). */
export function sentenceAt(doc: Doc, pos: number): SentenceSpan | undefined {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= pos) lo = mid + 1;
    else if (s[mid].start > pos) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}

/** Mentions of one kind that fall inside a span, assuming `list` is sorted by start. */
export function within<T extends Span>(list: T[], span: Span): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}

/** Drops mentions that sit on page-furniture lines of the header. */
export function outsideFurniture<T extends Span>(doc: Doc, list: T[]): T[] {
  const spans = doc.header.furniture ?? [];
  if (!spans.length) return list;
  return list.filter((m) => !spans.some((f) => f.start <= m.start && m.end <= f.end));
}
