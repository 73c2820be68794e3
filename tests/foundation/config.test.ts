import { describe, expect, it } from "vitest";
import { ConfigError, LOCAL_NEO4J_PASSWORD, loadConfig } from "../../src/config.js";

const load = (env: Record<string, string>) => loadConfig({}, env);

describe("loadConfig", () => {
  it("uses the project's local Neo4j with the documented password when NEO4J_URI is unset", () => {
    const config = load({});
    expect(config.neo4j).toMatchObject({
      uri: "bolt://127.0.0.1:7687",
      user: "neo4j",
      password: LOCAL_NEO4J_PASSWORD,
      database: "neo4j",
      managedLocally: true,
    });
    expect(config.api).toMatchObject({
      host: "127.0.0.1",
      port: 4000,
      apiKeys: [],
      readsRequireKey: false,
      introspection: true,
    });
  });

  it("uses a configured Neo4j as it is and does not manage it", () => {
    const config = load({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "s3cret-pass" });
    expect(config.neo4j).toMatchObject({ uri: "neo4j+s://abc.databases.neo4j.io", managedLocally: false });
  });

  it.each([
    ["PORT", "eighty", /^config: PORT="eighty" is invalid/],
    ["PORT", "70000", /^config: PORT="70000" is invalid/],
    ["NEO4J_URI", "http://localhost:7474", /^config: NEO4J_URI=.* must look like bolt:\/\//],
    ["NEO4J_PASSWORD", "short", /^config: NEO4J_PASSWORD=.* at least 8 characters/],
    ["NODE_ENV", "staging", /^config: NODE_ENV="staging" is invalid/],
    ["READS_REQUIRE_KEY", "maybe", /^config: READS_REQUIRE_KEY="maybe" is invalid/],
  ])("names the variable in one line when %s=%s", (name, value, message) => {
    expect(() => load({ [name]: value })).toThrow(ConfigError);
    expect(() => load({ [name]: value })).toThrow(message);
    try {
      load({ [name]: value });
    } catch (error) {
      expect((error as Error).message.split("\n")).toHaveLength(1);
    }
  });

  it("splits API_KEYS on commas and turns introspection off in production unless asked", () => {
    expect(load({ API_KEYS: " a-key , b-key,," }).api.apiKeys).toEqual(["a-key", "b-key"]);
    expect(load({ NODE_ENV: "production" }).api.introspection).toBe(false);
    expect(load({ NODE_ENV: "production", INTROSPECTION: "true" }).api.introspection).toBe(true);
  });

  it("lets explicit overrides win over the environment", () => {
    expect(loadConfig({ PORT: "4100" }, { PORT: "4200" }).api.port).toBe(4100);
  });
});
