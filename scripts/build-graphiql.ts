// `npm run build:graphiql`: bundles the GraphiQL page into dist/graphiql/ (see src/api/http/graphiql-bundle.ts).
import { buildGraphiqlBundle, GRAPHIQL_DIR } from "../src/api/http/graphiql-bundle.js";

await buildGraphiqlBundle();
console.log(`GraphiQL bundled into ${GRAPHIQL_DIR}`);
