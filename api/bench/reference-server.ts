/**
 * The reference of the API bench (DESIGN "Performance goals"): Apollo Server 5 standalone with the
 * project's own schema, its scalars passed through as they are, answering every operation from
 * memory through graphql-js's default resolvers. The root value of each operation name is the
 * `data` the app itself answered once at the start (read from the JSON file named first).
 *
 *   node --import tsx api/bench/reference-server.ts <root-values.json> <port>
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { DocumentNode } from 'graphql';

const [rootValuesFile, port] = process.argv.slice(2);
const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
const rootValues = JSON.parse(readFileSync(rootValuesFile, 'utf8')) as Record<string, unknown>;

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

const server = new ApolloServer({
  typeDefs,
  rootValue: (document: DocumentNode) => rootValues[operationName(document) ?? ''],
  includeStacktraceInErrorResponses: false,
});

const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
process.stdout.write(`reference listening on ${url}\n`);
