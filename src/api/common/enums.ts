/**
 * The API's enums. The value sets come from the extractor (src/extract/types.ts) and the relation catalogue
 * (src/graph/relation-specs.ts), so they cannot drift apart: an enum here is an object `{GRAPHQL_NAME: value}`
 * plus the union type of its values, the strings stored in the graph.
 */
import { registerEnumType } from "type-graphql";
import { ADMIN_LEVELS, AGENCY_KINDS, ENTITY_TYPES, LAW_KINDS, SECTION_KINDS } from "../../extract/types.js";
import { RELATION_SPECS, RELATIONSHIP_TYPES } from "../../graph/relation-specs.js";

type EnumOf<V extends string, K extends string> = { readonly [Key in K]: V };

/** `{LOCAL_REGULATION: "local_regulation", …}`: GraphQL enum names are the values upper-cased. */
function upperCaseEnum<V extends string>(values: readonly V[]): EnumOf<V, Uppercase<V>> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as EnumOf<V, Uppercase<V>>;
}
/** `{Agency: "Agency", …}`: names equal to values. */
function sameNameEnum<V extends string>(values: readonly V[]): { readonly [Key in V]: Key } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [Key in V]: Key };
}

export const EntityTypeEnum = sameNameEnum(ENTITY_TYPES);
export type EntityTypeEnum = (typeof ENTITY_TYPES)[number];
registerEnumType(EntityTypeEnum, { name: "EntityType", description: "A kind of entity extracted from reports" });

export const AgencyKind = upperCaseEnum(AGENCY_KINDS);
export type AgencyKind = (typeof AGENCY_KINDS)[number];
registerEnumType(AgencyKind, { name: "AgencyKind" });

export const LawKind = upperCaseEnum(LAW_KINDS);
export type LawKind = (typeof LAW_KINDS)[number];
registerEnumType(LawKind, { name: "LawKind" });

export const AdminLevel = upperCaseEnum(ADMIN_LEVELS);
export type AdminLevel = (typeof ADMIN_LEVELS)[number];
registerEnumType(AdminLevel, { name: "AdminLevel" });

export const SectionKind = upperCaseEnum(SECTION_KINDS);
export type SectionKind = (typeof SECTION_KINDS)[number];
registerEnumType(SectionKind, {
  name: "SectionKind",
  description: "What a report section is about: work done, problems admitted, plans",
});

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

export const RelationshipType = sameNameEnum(RELATIONSHIP_TYPES);
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
registerEnumType(RelationshipType, {
  name: "RelationshipType",
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: RELATION_SPECS[t]!.description }])),
});
