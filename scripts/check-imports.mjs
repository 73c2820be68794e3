// `npm run lint:imports`: the import rules of src/ that eslint is not told about. Fails, printing each offence, when
//  - a module imports itself through a chain of value imports (an import cycle; `import type` and `export type` are
//    erased by TypeScript and do not count);
//  - a layer imports one after it: data flows extract → graph → api → cli, so extract imports no graph, api or cli
//    module, graph no api or cli, api no cli (type imports included: a layer's types belong to it), and extract
//    (pure) nothing outside itself but src/errors.ts and src/package-root.ts;
//  - a numbered pass (src/extract/passes/NN-*.ts) is imported by anything but the pipeline and the extractor's
//    index: passes share helpers through un-numbered modules (document, util/, lexicon/, identity/, passes/*.ts).
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
const known = new Set(files);
const rel = (f) => path.relative(root, f);

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm;
const valueDeps = new Map();
const allDeps = new Map();
for (const file of files) {
  const value = [];
  const all = [];
  for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
    const dep = path.resolve(path.dirname(file), m[2].replace(/\.js$/, ".ts"));
    if (!known.has(dep)) continue;
    all.push(dep);
    if (!m[1]) value.push(dep);
  }
  valueDeps.set(file, value);
  allDeps.set(file, all);
}

const problems = [];

// import cycles
const state = new Map(); // 1: on the stack, 2: done
const stack = [];
const visit = (file) => {
  state.set(file, 1);
  stack.push(file);
  for (const dep of valueDeps.get(file)) {
    if (state.get(dep) === 1)
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(dep)), dep].map(rel).join(" → ")}`);
    else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(file, 2);
};
for (const file of files) if (!state.has(file)) visit(file);

// layers
const LAYERS = ["extract", "graph", "api", "cli"];
const layerOf = (f) => LAYERS.indexOf(rel(f).split(path.sep)[0]);
// numbered passes
const NUMBERED_PASS = /^extract\/passes\/\d\d-[^/]+\.ts$/;
const MAY_IMPORT_PASSES = new Set(["extract/pipeline.ts", "extract/index.ts"]);
// the extractor is pure: outside itself it uses only the error table and the package root (to find its lexicons)
const EXTRACT_MAY_IMPORT = new Set(["errors.ts", "package-root.ts"]);

for (const [file, deps] of allDeps) {
  for (const dep of deps) {
    const from = layerOf(file);
    const to = layerOf(dep);
    if (from >= 0 && to > from)
      problems.push(`layer: ${rel(file)} (${LAYERS[from]}) imports ${rel(dep)} (${LAYERS[to]})`);
    if (rel(file).startsWith("extract/") && !rel(dep).startsWith("extract/") && !EXTRACT_MAY_IMPORT.has(rel(dep)))
      problems.push(`pure extractor: ${rel(file)} imports ${rel(dep)}`);
    if (NUMBERED_PASS.test(rel(dep)) && !MAY_IMPORT_PASSES.has(rel(file)))
      problems.push(`pass import: ${rel(file)} imports the pass ${rel(dep)} (move what they share to a helper module)`);
  }
}

for (const p of problems) console.error(p);
console.log(`${files.length} modules, ${problems.length} import problem(s)`);
process.exitCode = problems.length ? 1 : 0;
