/**
 * The API's enums. The value sets come from the extractor (src/extract/types.ts) and the relation catalogue
 * (src/graph/relation-specs.ts), so they cannot drift apart: an enum here is an object `{GRAPHQL_NAME: value}`
 * plus the union type of its values, the strings stored in the graph.
 */
import { registerEnumType } from "type-graphql";
import { ADMIN_LEVELS, AGENCY_KINDS, ENTITY_TYPES, LAW_KINDS, SECTION_KINDS } from "../../extract/types.js";
import { RELATION_SPECS, RELATIONSHIP_TYPES, SORTABLE_RELATIONSHIPS } from "../../graph/relation-specs.js";

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

/** How lists sort: by name, by aggregates (mentions, reports, a sortable relationship type's count), by year. */
export const SortBy = {
  NAME: "NAME",
  MENTIONS: "MENTIONS",
  REPORTS: "REPORTS",
  YEAR: "YEAR",
  ...sameNameEnum(SORTABLE_RELATIONSHIPS),
} as const;
export type SortBy = (typeof SortBy)[keyof typeof SortBy];
registerEnumType(SortBy, {
  name: "SortBy",
  description:
    "The order of a list; every order but NAME is descending unless direction says otherwise, ties by name then id",
  valuesConfig: {
    MENTIONS: { description: "entities: how often reports name them; reports: how many entities they mention" },
    REPORTS: { description: "entities: how many reports name them (not for reports)" },
    YEAR: { description: "reports: the year reported on; entities: the latest year of a report mentioning them" },
    ...Object.fromEntries(
      SORTABLE_RELATIONSHIPS.map((t) => [
        t,
        {
          description: `entities: how many distinct nodes they are linked to by ${t} (${RELATION_SPECS[t]!.description}); reports: how many ${t} statements they make`,
        },
      ]),
    ),
  },
});

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

/** The `direction` argument of the lists: left out, NAME sorts ascending and every other order descending. */
export const DIRECTION = {
  nullable: true,
  description: "default: ASC for orderBy NAME, DESC for the others (most first, latest first)",
} as const;

export const directionFor = (orderBy: SortBy, direction: SortDirection | null): SortDirection =>
  direction ?? (orderBy === SortBy.NAME ? SortDirection.ASC : SortDirection.DESC);

export const RelationshipType = sameNameEnum(RELATIONSHIP_TYPES);
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
registerEnumType(RelationshipType, {
  name: "RelationshipType",
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: RELATION_SPECS[t]!.description }])),
});
