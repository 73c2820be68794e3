/**
 * Applies the committed schema (schema/neo4j/*.cypher, in file-name order, then one `report` index per evidence
 * relationship type of the catalogue) to a database. Every statement uses
 * IF NOT EXISTS, so applying twice is harmless and cheap enough to do on every start-up and before every ingest.
 */
import { readdirSync, readFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { withGraphErrors } from "./errors.js";
import { EVIDENCE_RELATIONSHIPS } from "./relation-specs.js";
import { urlFromRoot } from "../package-root.js";

const SCHEMA_DIR = urlFromRoot("schema", "neo4j", "");

export interface SchemaStatement {
  file: string;
  /** the constraint's or index's name (every statement names it) */
  name: string;
  kind: "constraint" | "index";
  cypher: string;
}

/** The statements of schema/neo4j/*.cypher: `//` comment lines dropped, split at `;` ending a line. */
export function schemaStatements(): SchemaStatement[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".cypher"))
    .sort();
  const statements: SchemaStatement[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(file, SCHEMA_DIR), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n");
    for (const chunk of text.split(/;\s*(?:\n|$)/)) {
      const cypher = chunk.trim();
      if (!cypher) continue;
      const match = /^CREATE\s+(?:(?:FULLTEXT|TEXT|RANGE|POINT|VECTOR)\s+)?(CONSTRAINT|INDEX)\s+(\w+)/i.exec(cypher);
      if (!match) throw new Error(`${file}: statement without a name: ${cypher.slice(0, 80)}`);
      statements.push({ file, name: match[2]!, kind: match[1]!.toLowerCase() as "constraint" | "index", cypher });
    }
  }
  return [...statements, ...relationshipIndexes()];
}

/**
 * A property index on `report` for every evidence relationship type: deleting or replacing a report finds its
 * evidence edges by index instead of walking every edge of popular entities. Made from the catalogue, so a new
 * relationship type gets its index without another edit.
 */
function relationshipIndexes(): SchemaStatement[] {
  return EVIDENCE_RELATIONSHIPS.map((type) => {
    const name = `${type.toLowerCase()}_report`;
    return {
      file: "relation-specs.ts",
      name,
      kind: "index",
      cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.report)`,
    };
  });
}

/**
 * Runs every schema statement, then waits until all indexes are online: up to 5 minutes by default (the indexes of
 * a freshly imported big graph are populated here, and `kg import` waits longer). Each transaction gets a
 * timeout of the wait and a minute more: the server's own (60 s, neo4j/neo4j.conf) would end
 * db.awaitIndexes, or a uniqueness constraint validated over millions of nodes, long before a big graph is indexed.
 *
 * Constraints one at a time (each builds and checks its index as it is created); the indexes together, in one
 * transaction, so Neo4j populates them in one pass over the store rather than one pass each (31 indexes on a
 * 1,500-report graph: 17-19 s against 22-31 s one by one, on the shared machine).
 */
export async function applySchema(driver: Driver, database: string, awaitSeconds = 300): Promise<void> {
  await applyConstraints(driver, database, awaitSeconds);
  await applyIndexes(driver, database, awaitSeconds);
}

const transactionConfigFor = (awaitSeconds: number) => ({ timeout: (awaitSeconds + 60) * 1000 });

/** The constraints of applySchema, one at a time (`kg import` times them apart from the indexes). */
export async function applyConstraints(driver: Driver, database: string, awaitSeconds = 300): Promise<void> {
  const transactionConfig = transactionConfigFor(awaitSeconds);
  await withGraphErrors(async () => {
    for (const statement of schemaStatements().filter((s) => s.kind === "constraint"))
      await driver.executeQuery(statement.cypher, {}, { database, transactionConfig });
  });
}

/** The indexes of applySchema, created in one transaction, and the wait until every index is online. */
export async function applyIndexes(driver: Driver, database: string, awaitSeconds = 300): Promise<void> {
  const transactionConfig = transactionConfigFor(awaitSeconds);
  await withGraphErrors(async () => {
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of schemaStatements().filter((s) => s.kind === "index")) await tx.run(statement.cypher);
      }, transactionConfig);
    } finally {
      await session.close();
    }
    await driver.executeQuery(
      "CALL db.awaitIndexes($seconds)",
      { seconds: neo4j.int(awaitSeconds) },
      { database, transactionConfig },
    );
  });
}
