# The API image used by docker-compose.yml: ingests seeds/ into the Neo4j at NEO4J_URI, then serves GraphQL on :4000.
# The GraphiQL page is bundled in a build stage (esbuild, React and GraphiQL are dev dependencies).
FROM node:20-bookworm-slim AS page
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY web ./web
COPY src ./src
COPY scripts ./scripts
RUN npx tsx scripts/build-graphiql.ts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY tsconfig.json ./
COPY web ./web
COPY examples ./examples
COPY README.md ./
COPY --from=page /app/dist/graphiql ./dist/graphiql
EXPOSE 4000
USER node
CMD ["node", "bin/kg.mjs", "start"]
