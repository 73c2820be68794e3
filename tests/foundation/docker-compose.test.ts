import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requireTool } from "../support/system-tools.js";

// No Docker engine runs here: Debian's docker-compose 1.29 validates and renders the file without one.
const compose = requireTool("/usr/bin/docker-compose", "docker-compose");

describe.runIf(compose.available)("docker-compose.yml", () => {
  const rendered = () => execFileSync("docker-compose", ["-f", "docker-compose.yml", "config"], { encoding: "utf8" });

  it("is valid for docker-compose", () => {
    const run = spawnSync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("runs Neo4j 5.26 Community with a data volume, a password from env and a healthcheck", () => {
    const out = rendered();
    expect(out).toMatch(/image: neo4j:5\.26-community/);
    expect(out).toMatch(/NEO4J_AUTH: neo4j\/govreport-local/);
    expect(out).toMatch(/volumes:\s+- neo4j-data:\/data(:rw)?$/m);
    expect(out).toMatch(/^volumes:\s+neo4j-data: \{\}/m);
    expect(out).toMatch(/neo4j:[\s\S]*healthcheck:[\s\S]*cypher-shell/);
  });

  it("takes the Neo4j password from the environment", () => {
    const out = execFileSync("docker-compose", ["-f", "docker-compose.yml", "config"], {
      encoding: "utf8",
      env: { ...process.env, NEO4J_PASSWORD: "from-the-env-123" },
    });
    expect(out).toContain("NEO4J_AUTH: neo4j/from-the-env-123");
    expect(out).toContain("NEO4J_PASSWORD: from-the-env-123");
  });

  it("builds the API from the repository's Dockerfile and starts it only once Neo4j is healthy", () => {
    const out = rendered();
    expect(out).toMatch(/api:\s+build:\s+context: /);
    expect(out).toMatch(/depends_on:\s+neo4j:\s+condition: service_healthy/);
    expect(out).toMatch(/NEO4J_URI: bolt:\/\/neo4j:7687/);
    expect(existsSync("Dockerfile")).toBe(true);
    expect(readFileSync("Dockerfile", "utf8")).toMatch(/CMD \["node", "bin\/kg\.mjs", "start"\]/);
  });
});
