/**
 * A tiny writer of graph data shaped like the loader's (src/graph/model.ts), for tests that need more items than
 * the seed has. Every id carries the test's token, so Neo4jTestHelper.cleanUp removes exactly what was written.
 */
import type { Neo4jTestHelper } from "../../support/neo4j.js";

export interface FixtureGraph {
  token: string;
  reportId: string;
  agencyIds: string[];
}

/**
 * One report (year 2099) that mentions `agencies` agencies named `<token>局<n>`; each conducts `programs`
 * programs, each measured by `metrics` metrics, every relationship with evidence.
 */
export async function writeAgencyTree(
  helper: Neo4jTestHelper,
  agencies: number,
  programs: number,
  metrics: number,
): Promise<FixtureGraph> {
  const token = helper.uniqueToken("fx");
  const reportId = `report:${token}`;
  await helper.run(
    `CREATE (r:Report {id: $reportId, name: $title, title: $title, year: 2099, publishedAt: '2100-01-01', issuer: null})
     WITH r
     UNWIND range(1, $agencies) AS a
     CREATE (ag:Agency:Entity {id: 'agency:' + $token + '_' + a, name: $token + '局' + a, aliases: [], aliasText: '', kind: 'department', level: 'county'})
     CREATE (r)-[:MENTIONS {count: 1, spans: [a, a + 3], sections: ['s1']}]->(ag)
     WITH r, ag, a
     UNWIND range(1, $programs) AS p
     CREATE (pr:Program:Entity {id: 'program:' + $token + '_' + a + '_' + p, name: $token + '行动' + a + '_' + p, aliases: [], aliasText: ''})
     CREATE (r)-[:MENTIONS {count: 1, spans: [p, p + 2], sections: ['s1']}]->(pr)
     CREATE (ag)-[:CONDUCTS {report: $reportId, sentence: '开展行动' + p, start: p, end: p + 10, section: 's1', sectionKind: 'work'}]->(pr)
     WITH r, pr, a, p
     UNWIND range(1, $metrics) AS m
     CREATE (me:Metric:Entity {id: 'metric:' + $token + '_' + a + '_' + p + '_' + m, name: '立案 ' + m + '起', label: '立案', value: m, unit: '起', report: $reportId, aliases: [], aliasText: ''})
     CREATE (r)-[:MENTIONS {count: 1, spans: [m, m + 4], sections: ['s1']}]->(me)
     CREATE (me)-[:MEASURES {report: $reportId, sentence: '立案' + m + '起', start: m, end: m + 5, section: 's1', sectionKind: 'work'}]->(pr)`,
    { token, reportId, title: `${token} 报告`, agencies, programs, metrics },
  );
  return { token, reportId, agencyIds: Array.from({ length: agencies }, (_, i) => `agency:${token}_${i + 1}`) };
}
