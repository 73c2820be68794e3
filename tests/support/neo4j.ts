/**
 * Test helper for integration tests on the real Neo4j from config: one driver per test file, a unique
 * token per test so data never collides, and clean-up of everything a test wrote under its token.
 */
import { randomUUID } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { loadConfig, type Config } from "../../src/config.js";
import { createDriver } from "../../src/graph/driver.js";

export class Neo4jTestHelper {
  readonly config: Config;
  readonly driver: Driver;
  private readonly tokens: string[] = [];

  constructor(overrides: Parameters<typeof loadConfig>[0] = {}) {
    this.config = loadConfig({ NODE_ENV: "test", ...overrides });
    this.driver = createDriver(this.config.neo4j);
  }

  get database(): string {
    return this.config.neo4j.database;
  }

  /** A token unique to this test; put it in the ids/labels of what the test writes, so `cleanUp` finds it. */
  uniqueToken(prefix = "t"): string {
    const token = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    this.tokens.push(token);
    return token;
  }

  async run<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const result = await this.driver.executeQuery(cypher, params, { database: this.database });
    return result.records.map((r) => r.toObject() as T);
  }

  /** Deletes every node whose id contains one of this helper's tokens, or that carries a token as its label. */
  async cleanUp(): Promise<void> {
    for (const token of this.tokens.splice(0)) {
      await this.run("MATCH (n) WHERE n.id CONTAINS $token OR $token IN labels(n) DETACH DELETE n", { token });
    }
  }

  async close(): Promise<void> {
    await this.cleanUp();
    await this.driver.close();
  }
}
