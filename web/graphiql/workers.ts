/**
 * Monaco's web workers, built by scripts/build-graphiql.ts as separate files beside the page's bundle
 * (GraphiQL ships set-ups for Vite and Webpack only; this is the same switch for plain files).
 */
const base = new URL(".", (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file = label === "json" ? "json.worker.js" : label === "graphql" ? "graphql.worker.js" : "editor.worker.js";
    return new Worker(new URL(file, base));
  },
};
