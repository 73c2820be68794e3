# The API image used by docker-compose.yml: ingests seeds/ into the Neo4j at NEO4J_URI, then serves GraphQL on :4000.
# A build stage compiles src/ into dist/ and bundles the GraphiQL page (TypeScript, tsx, esbuild, React and
# GraphiQL are dev dependencies); the image runs dist/ with the production dependencies only.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY web ./web
COPY src ./src
COPY scripts ./scripts
RUN npm run build

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY bin ./bin
COPY --from=build /app/dist ./dist
# data files (lexicons, word lists) are read from their place under src/, found from the package root
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY examples ./examples
COPY README.md ./
EXPOSE 4000
USER node
CMD ["node", "bin/kg.mjs", "start"]
