/**
 * Type definitions of the graph of src/graph/model.ts for @neo4j/graphql 7.x: the comparison point
 * "a generic GraphQL-to-Cypher layer over the same database". Every evidence-bearing relationship carries
 * its evidence as relationship properties (`Evidence`). What the library cannot generate (ranking laws per
 * jurisdiction, full-text search across all entity labels) is a `@cypher` field, and the report marks those
 * queries as such. MEASURES is read either way (`queryDirection: UNDIRECTED`), as the API reads it.
 */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  # Read-only, like the benchmark: no generated mutations.
  extend schema @mutation(operations: [])

  type Evidence @relationshipProperties {
    report: String
    sentence: String
    start: Int
    end: Int
    section: String
    sectionKind: String
  }

  type Report @node(labels: ["Report"]) {
    id: ID!
    name: String
    title: String
    jurisdiction: String
    year: Int
    publishedAt: String
    issuedBy: [Agency!]! @relationship(type: "ISSUED_BY", direction: OUT)
    covers: [Jurisdiction!]! @relationship(type: "COVERS", direction: OUT)
  }

  type Agency @node(labels: ["Agency", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    kind: String
    level: String
    programs: [Program!]! @relationship(type: "CONDUCTS", direction: OUT, properties: "Evidence")
    metrics: [Metric!]!
      @relationship(type: "MEASURES", direction: OUT, queryDirection: UNDIRECTED, properties: "Evidence")
    implements: [Law!]! @relationship(type: "IMPLEMENTS", direction: OUT, properties: "Evidence")
    jurisdictions: [Jurisdiction!]! @relationship(type: "IN_JURISDICTION", direction: OUT, properties: "Evidence")
  }

  type Law @node(labels: ["Law", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    kind: String
    inForce: Boolean
    implementedBy: [Agency!]! @relationship(type: "IMPLEMENTS", direction: IN, properties: "Evidence")
  }

  type Program @node(labels: ["Program", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    conductedBy: [Agency!]! @relationship(type: "CONDUCTS", direction: IN, properties: "Evidence")
    metrics: [Metric!]!
      @relationship(type: "MEASURES", direction: OUT, queryDirection: UNDIRECTED, properties: "Evidence")
  }

  type Jurisdiction @node(labels: ["Jurisdiction", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    level: String
    code: String
  }

  type Metric @node(labels: ["Metric", "Entity"]) {
    id: ID!
    name: String!
    label: String
    value: Float
    unit: String
    qualifier: String
    report: String
  }

  type EntityHit {
    id: ID!
    name: String!
    type: String!
    score: Float!
  }

  type LawRank {
    id: ID!
    name: String!
    citations: Int!
    implementations: Int!
    implementers: Int!
  }

  type Query {
    # @cypher: the library has no query over a multi-label full-text index returning mixed entity types.
    searchEntities(query: String!, limit: Int!): [EntityHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
        RETURN { id: node.id, name: node.name, type: [l IN labels(node) WHERE l <> 'Entity'][0], score: score } AS hit
        """
        columnName: "hit"
      )
    # @cypher: the library cannot aggregate (rank laws by implementations and citations in a jurisdiction).
    topLaws(jurisdiction: ID!, limit: Int!): [LawRank!]!
      @cypher(
        statement: """
        MATCH (r:Report)
        WHERE EXISTS { MATCH (r)-[:COVERS]->(:Jurisdiction)-[:WITHIN*0..]->(j:Jurisdiction) WHERE j.id = $jurisdiction }
        MATCH (r)-[:MENTIONS]->(l:Law)
        WITH l, collect(DISTINCT r.id) AS reportIds
        CALL (l, reportIds) {
          OPTIONAL MATCH (a:Agency)-[i:IMPLEMENTS]->(l) WHERE i.report IN reportIds
          RETURN count(i) AS implementations, count(DISTINCT a) AS implementers
        }
        WITH l, size(reportIds) AS citations, implementations, implementers
        ORDER BY implementations DESC, citations DESC, l.name, l.id LIMIT $limit
        RETURN {id: l.id, name: l.name, citations: citations, implementations: implementations, implementers: implementers} AS row
        """
        columnName: "row"
      )
  }
`;
