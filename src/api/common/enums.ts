/** The API's enums; values are the strings stored in the graph (src/extract/types.ts). */
import { registerEnumType } from "type-graphql";

export enum EntityTypeEnum {
  Agency = "Agency",
  Law = "Law",
  Program = "Program",
  Jurisdiction = "Jurisdiction",
  Metric = "Metric",
}
registerEnumType(EntityTypeEnum, { name: "EntityType", description: "A kind of entity extracted from reports" });

export enum AgencyKind {
  GOVERNMENT = "government",
  DEPARTMENT = "department",
  PARTY = "party",
  CONGRESS = "congress",
  CPPCC = "cppcc",
  COURT = "court",
  PROCURATORATE = "procuratorate",
  INSTITUTION = "institution",
}
registerEnumType(AgencyKind, { name: "AgencyKind" });

export enum LawKind {
  LAW = "law",
  ADMINISTRATIVE_REGULATION = "administrative_regulation",
  LOCAL_REGULATION = "local_regulation",
  RULE = "rule",
  NORMATIVE_DOCUMENT = "normative_document",
  PARTY_DOCUMENT = "party_document",
  PLAN = "plan",
}
registerEnumType(LawKind, { name: "LawKind" });

export enum AdminLevel {
  NATIONAL = "national",
  PROVINCIAL = "provincial",
  CITY = "city",
  COUNTY = "county",
  TOWNSHIP = "township",
}
registerEnumType(AdminLevel, { name: "AdminLevel" });

export enum SectionKind {
  WORK = "work",
  PROBLEM = "problem",
  PLAN = "plan",
  OTHER = "other",
}
registerEnumType(SectionKind, { name: "SectionKind", description: "What a report section is about: work done, problems admitted, plans" });

export enum SortBy {
  NAME = "NAME",
  MENTIONS = "MENTIONS",
  YEAR = "YEAR",
}
registerEnumType(SortBy, {
  name: "SortBy",
  valuesConfig: {
    MENTIONS: { description: "entities: how often reports name them; reports: how many entities they mention" },
    YEAR: { description: "reports: the year reported on; entities: the latest year of a report mentioning them" },
  },
});

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

export enum RelationshipType {
  MENTIONS = "MENTIONS",
  ISSUED_BY = "ISSUED_BY",
  COVERS = "COVERS",
  ISSUED = "ISSUED",
  IMPLEMENTS = "IMPLEMENTS",
  CONDUCTS = "CONDUCTS",
  TRANSFERRED_DUTY = "TRANSFERRED_DUTY",
  ABOLISHED = "ABOLISHED",
  MERGED = "MERGED",
  PART_OF = "PART_OF",
  IN_JURISDICTION = "IN_JURISDICTION",
  WITHIN = "WITHIN",
  MEASURES = "MEASURES",
}
registerEnumType(RelationshipType, { name: "RelationshipType" });
