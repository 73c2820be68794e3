import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";

// `npm start` runs `kg start`: Neo4j (reused here: the test setup started it), schema, seeds/, then the API.
// seeds/ holds 81 reports; this test gives --seeds the one district seed, so it checks the same steps without
// ingesting the two corpora (tests/foundation/seeds.test.ts checks what the default folder holds).
const port = 4300 + Math.floor(Math.random() * 500);
const child = spawn(process.execPath, ["bin/kg.mjs", "start", "--seeds", "seeds/000_183ecd7d30420280.txt"], {
  env: { ...process.env, PORT: String(port), API_KEYS: "" },
  stdio: ["ignore", "pipe", "pipe"],
});
let output = "";
child.stdout.on("data", (d) => (output += d));
child.stderr.on("data", (d) => (output += d));
const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));

afterAll(async () => {
  child.kill("SIGTERM");
  await exited;
});

async function waitFor(pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(output)) {
    if (child.exitCode !== null) throw new Error(`kg start exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("kg start (npm start)", () => {
  it("ingests the seed report and then serves GraphQL with the seed's facts", async () => {
    await waitFor(/GraphQL API at http:\/\/127\.0\.0\.1:\d+\/graphql/, 120_000);
    expect(output).toMatch(/reports: \d+ added, \d+ unchanged, \d+ replaced, 0 failed \(1 file/);
    expect(output).toMatch(/mutations are refused/);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: '{ agency(id: "agency:荆州市沙市区卫生和计划生育局") { name conducts { edges { node { name } } } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { agency: { name: string; conducts: { edges: { node: { name: string } }[] } } };
    };
    expect(body.data.agency.name).toBe("荆州市沙市区卫生和计划生育局");
    expect(body.data.agency.conducts.edges.map((e) => e.node.name)).toContain("打击非法行医行动");
  }, 150_000);

  it("stops cleanly on SIGTERM", async () => {
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
