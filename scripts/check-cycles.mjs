// `npm run lint:cycles`: fails when a module of src/ imports itself through a chain of value imports (`import type`
// and `export type` are erased by TypeScript and do not count). Prints each cycle found, as a chain of files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "src");
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith(".ts")) files.push(full);
  }
};
walk(root);

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm;
const graph = new Map();
for (const file of files) {
  const deps = [];
  for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
    if (m[1]) continue;
    deps.push(path.resolve(path.dirname(file), m[2].replace(/\.js$/, ".ts")));
  }
  graph.set(
    file,
    deps.filter((d) => graph.has(d) || files.includes(d)),
  );
}

const cycles = [];
const state = new Map(); // 1: on the stack, 2: done
const stack = [];
const visit = (file) => {
  state.set(file, 1);
  stack.push(file);
  for (const dep of graph.get(file) ?? []) {
    if (state.get(dep) === 1) cycles.push([...stack.slice(stack.indexOf(dep)), dep]);
    else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(file, 2);
};
for (const file of files) if (!state.has(file)) visit(file);

for (const c of cycles) console.error(`import cycle: ${c.map((f) => path.relative(root, f)).join(" → ")}`);
console.log(`${files.length} modules, ${cycles.length} import cycle(s)`);
process.exitCode = cycles.length ? 1 : 0;
