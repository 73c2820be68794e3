/**
 * Relationship pages of hub nodes (src/graph/read/hub-walk.ts): walked from the target side or read from the
 * relationships, a page is the same (targets, order, evidence, totals, filters, nesting), and a hub's page reads
 * a small part of what the relationships cost. Both plans run on the same data by changing the walk tiers: none
 * (never walked), one that always walks, and short scans that are cut short and fall back.
 */
import type { ProfiledPlan } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HUB_TIERS, type WalkTier } from "../../src/graph/read/hub-walk.js";
import type { PagePlan } from "../../src/graph/read/projection.js";
import { relatedNodes } from "../../src/graph/read/relations.js";
import { bindIntegers, readRows, type CypherQuery } from "../../src/graph/query.js";
import { RELATIONS } from "../../src/graph/relation-specs.js";
import { Neo4jTestHelper } from "../support/neo4j.js";

const helper = new Neo4jTestHelper();
let token: string;
const id = (kind: string, key: string | number) => `${kind}:${token}_${key}`;

/** Relationship properties of one statement of `report`, `i`-th of its kind. */
const STATEMENT = `{report: 'report:' + $token + '_y' + (i % 7), sentence: 's' + i, start: i, end: i + 5, section: 's',
  sectionKind: ['work', 'plan', 'problem'][i % 3]}`;

/**
 * 60 programs under 25 names (ties by id), conducted by a hub (40 of them, 1-4 statements each, in 7 reports of
 * 2015-2020 and one without a year), its successor (12, some the hub's too), 12 small agencies under 4 names and
 * a big hub (4,500 statements of 45 programs); a law the small agencies and the hub implement; 10 metrics about
 * the hub, measured both ways. Names start with "0" so they come first in the name indexes.
 */
async function writeHubGraph(): Promise<void> {
  token = helper.uniqueToken("hub");
  const params = { token, prefix: `0${token}` };
  await helper.run(
    `UNWIND range(0, 6) AS y
     CREATE (:Report {id: 'report:' + $token + '_y' + y, name: $token + y, title: $token + y,
       year: CASE WHEN y = 6 THEN null ELSE 2015 + y END})
     WITH count(*) AS reports
     CREATE (hub:Agency:Entity {id: 'agency:' + $token + '_hub', name: $prefix + '中心局', aliases: [], aliasText: ''})
     CREATE (next:Agency:Entity {id: 'agency:' + $token + '_next', name: $prefix + '新局', aliases: [], aliasText: ''})
     CREATE (big:Agency:Entity {id: 'agency:' + $token + '_big', name: $prefix + '大局', aliases: [], aliasText: ''})
     CREATE (hub)-[:SUCCEEDED_BY {year: 2018, how: 'renamed', source: 'lexicon'}]->(next)
     CREATE (law:Law:Entity {id: 'law:' + $token + '_law', name: $prefix + '条例', aliases: [], aliasText: ''})
     WITH hub, next, big, law
     UNWIND range(1, 60) AS p
     CREATE (pr:Program:Entity {id: 'program:' + $token + '_p' + p, name: $prefix + '行动' + (p % 25), aliases: [], aliasText: ''})
     WITH hub, next, big, law, pr, p
     CALL (hub, pr, p) { WITH hub, pr, p WHERE p % 3 <> 0 UNWIND range(1, 1 + p % 4) AS j WITH hub, pr, p * 10 + j AS i
       CREATE (hub)-[:CONDUCTS ${STATEMENT}]->(pr) }
     CALL (next, pr, p) { WITH next, pr, p AS i WHERE i % 5 = 0 CREATE (next)-[:CONDUCTS ${STATEMENT}]->(pr) }
     CALL (big, pr, p) { WITH big, pr, p WHERE p <= 45 UNWIND range(1, 100) AS j WITH big, pr, p * 1000 + j AS i
       CREATE (big)-[:CONDUCTS ${STATEMENT}]->(pr) }
     RETURN count(*) AS programs`,
    params,
  );
  await helper.run(
    `MATCH (hub:Agency {id: 'agency:' + $token + '_hub'}), (law:Law {id: 'law:' + $token + '_law'})
     UNWIND range(1, 12) AS a
     CREATE (ag:Agency:Entity {id: 'agency:' + $token + '_s' + a, name: $prefix + '小局' + (a % 4), aliases: [], aliasText: ''})
     WITH hub, law, ag, a
     CALL (ag, a) { UNWIND [a * 7 % 60 + 1, a * 11 % 60 + 1] AS p MATCH (pr:Program {id: 'program:' + $token + '_p' + p})
       WITH ag, pr, p * 100 + a AS i CREATE (ag)-[:CONDUCTS ${STATEMENT}]->(pr) }
     CALL (ag, law, a) { UNWIND range(1, 1 + a % 2) AS j WITH ag, law, a * 10 + j AS i CREATE (ag)-[:IMPLEMENTS ${STATEMENT}]->(law) }
     CALL (hub, a) { WITH hub, a AS i WHERE i <= 10
       CREATE (m:Metric:Entity {id: 'metric:' + $token + '_m' + i, name: $prefix + '立案 ' + (i % 4) + '起', report: 'report:' + $token + '_y' + (i % 7), aliases: [], aliasText: ''})
       FOREACH (_ IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END | CREATE (m)-[:MEASURES ${STATEMENT}]->(hub))
       FOREACH (_ IN CASE WHEN i % 2 = 1 THEN [1] ELSE [] END | CREATE (hub)-[:MEASURES ${STATEMENT}]->(m)) }
     WITH DISTINCT hub, law
     UNWIND range(1, 3) AS i
     CREATE (hub)-[:IMPLEMENTS ${STATEMENT}]->(law)`,
    params,
  );
}

beforeAll(writeHubGraph);
afterAll(() => helper.close());

const EXPAND: readonly WalkTier[] = [];
const ALWAYS_WALK: readonly WalkTier[] = [{ minDegree: 0, scan: 1_000_000, maxNeed: 1_000_000 }];
const SHORT_SCAN: readonly WalkTier[] = [{ minDegree: 0, scan: 12, maxNeed: 12 }];
const TIERED: readonly WalkTier[] = [
  { minDegree: 0, scan: 12, maxNeed: 12 },
  { minDegree: 30, scan: 1_000_000, maxNeed: 1_000_000 },
];

const TARGET_ONLY = { props: [], relations: [] } as const;
const page = (over: Partial<PagePlan> = {}): PagePlan => ({
  offset: 0,
  limit: 10,
  report: null,
  total: false,
  evidence: null,
  target: TARGET_ONLY,
  ...over,
});

const PLANS: [string, () => PagePlan][] = [
  ["the first page", () => page()],
  ["a page after an offset", () => page({ offset: 3, limit: 5 })],
  ["a page without pageInfo", () => page({ offset: 17, more: false })],
  ["the last page", () => page({ offset: 38, limit: 5, total: true })],
  ["a page past the end", () => page({ offset: 100, limit: 5, total: true })],
  ["no targets at all", () => page({ limit: 0, total: true })],
  ["the evidence and the total", () => page({ total: true, evidence: { all: false, sentence: true } })],
  ["years from", () => page({ yearFrom: 2017, total: true, evidence: { all: true, sentence: true } })],
  ["years to", () => page({ yearTo: 2016, limit: 4, total: true })],
  ["a section kind", () => page({ sectionKind: "problem", evidence: { all: false, sentence: false } })],
  ["one report", () => page({ report: id("report", "y2"), total: true, evidence: { all: false, sentence: true } })],
  ["the lineage", () => page({ followSuccession: true, limit: 15, total: true })],
  ["the lineage with filters", () => page({ followSuccession: true, yearFrom: 2016, sectionKind: "work" })],
];

const SOURCES: [string, () => string[]][] = [
  ["Agency.conducts", () => ["hub", "next", "big", "s1", "s5", "missing"].map((a) => id("agency", a))],
  ["Agency.metrics", () => [id("agency", "hub"), id("agency", "s2")]],
  ["Program.conductedBy", () => [1, 5, 10, 20].map((p) => id("program", `p${p}`))],
  ["Law.implementedBy", () => [id("law", "law")]],
];

const pages = async (relation: string, ids: string[], plan: PagePlan, tiers: readonly WalkTier[]) => {
  const rows = await readRows(helper.driver, helper.database, relatedNodes(RELATIONS[relation]!, ids, plan, tiers));
  return rows.sort((x, y) => String(x.id).localeCompare(String(y.id)));
};

describe("a relationship page walked from the target side", () => {
  describe.each(SOURCES)("%s", (relation, ids) => {
    it.each(PLANS)("is the page read from the relationships: %s", async (_name, plan) => {
      const expected = await pages(relation, ids(), plan(), EXPAND);
      for (const tiers of [ALWAYS_WALK, SHORT_SCAN, TIERED])
        expect(await pages(relation, ids(), plan(), tiers)).toEqual(expected);
    });
  });

  it("is the same with a page nested below each target, walked too", async () => {
    const nested = page({
      limit: 4,
      target: {
        props: [],
        relations: [{ ...page({ limit: 3, total: true }), key: "by", relation: "Program.conductedBy" }],
      },
    });
    const ids = [id("agency", "hub"), id("agency", "big")];
    const expected = await pages("Agency.conducts", ids, nested, EXPAND);
    expect(await pages("Agency.conducts", ids, nested, ALWAYS_WALK)).toEqual(expected);
    expect(await pages("Agency.conducts", ids, nested, TIERED)).toEqual(expected);
  });

  it("lists the hub's targets by name, ties by id, whichever plan finds them", async () => {
    const [row] = await pages("Agency.conducts", [id("agency", "hub")], page({ limit: 6 }), ALWAYS_WALK);
    const nodes = (row!.page as { edges: { node: { id: string; name: string } }[] }).edges.map((e) => e.node);
    // programs 1..60 are named by p % 25; the hub conducts those with p % 3 <> 0
    const expected = Array.from({ length: 60 }, (_, i) => i + 1)
      .filter((p) => p % 3 !== 0)
      .map((p) => ({ id: id("program", `p${p}`), name: `0${token}行动${p % 25}` }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1))
      .slice(0, 7);
    expect(nodes.map((n) => ({ id: n.id, name: n.name }))).toEqual(expected);
  });
});

/** The db hits of one PROFILE run of `query`: independent of machine load, unlike its time. */
async function dbHits(query: CypherQuery): Promise<number> {
  const session = helper.driver.session({ database: helper.database, defaultAccessMode: "READ" });
  try {
    const result = await session.run(`PROFILE ${query.cypher}`, bindIntegers(query.params));
    const sum = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, c) => n + sum(c), 0);
    return sum(result.summary.profile as ProfiledPlan);
  } finally {
    await session.close();
  }
}

describe("the cost of a hub's page", () => {
  const bigPage = (tiers: readonly WalkTier[]) =>
    relatedNodes(RELATIONS["Agency.conducts"]!, [id("agency", "big")], page(), tiers);

  it("reads each target once, however many statements name it", async () => {
    // 4,500 statements of 45 programs: reading the statements costs about one db hit each
    expect(await dbHits(bigPage(EXPAND))).toBeLessThan(4_500 * 1.5);
  });

  it("costs a source below every tier one count of its relationships more", async () => {
    // s1: 2 CONDUCTS and 2 IMPLEMENTS, too few for a degree store: counting reads its relationships
    const small = (tiers: readonly WalkTier[]) =>
      relatedNodes(RELATIONS["Agency.conducts"]!, [id("agency", "s1")], page(), tiers);
    const extra = (await dbHits(small(HUB_TIERS))) - (await dbHits(small(EXPAND)));
    expect(extra).toBeLessThanOrEqual(4 + 1);
  });

  it("walks the targets of a source past the lowest tier, reading a fraction of its relationships", async () => {
    expect(HUB_TIERS[0]!.minDegree).toBeLessThanOrEqual(4_500);
    const walked = await dbHits(bigPage(HUB_TIERS));
    expect(walked).toBeLessThan((await dbHits(bigPage(EXPAND))) / 5);
  });
});
