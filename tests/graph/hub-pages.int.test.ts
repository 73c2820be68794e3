/**
 * Relationship pages of hub nodes, sources with thousands of relationships of one type: a page reads each
 * target once, however many statements name it.
 */
import type { ProfiledPlan } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PagePlan } from "../../src/graph/read/projection.js";
import { relatedNodes } from "../../src/graph/read/relations.js";
import { bindIntegers, type CypherQuery } from "../../src/graph/query.js";
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

const page = (): PagePlan => ({
  offset: 0,
  limit: 10,
  report: null,
  total: false,
  evidence: null,
  target: { props: [], relations: [] },
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
  it("reads each target once, however many statements name it", async () => {
    // 4,500 statements of 45 programs: reading the statements costs about one db hit each
    const query = relatedNodes(RELATIONS["Agency.conducts"]!, [id("agency", "big")], page());
    expect(await dbHits(query)).toBeLessThan(4_500 * 1.5);
  });
});
