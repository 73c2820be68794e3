# The API image used by docker-compose.yml: ingests seeds/ into the Neo4j at NEO4J_URI, then serves GraphQL on :4000.
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
EXPOSE 4000
USER node
CMD ["node", "bin/kg.mjs", "start"]
