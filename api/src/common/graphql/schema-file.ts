import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { printSchema } from 'graphql';

/** The committed schema file that integrators and the web client's code generation read. */
export const SCHEMA_FILE_HEADER =
  '# Generated from the API code by `npm run schema -w api`. Do not edit; a test fails when it is out of date.\n\n';

/** The app's GraphQL schema as SDL, exactly as written to api/schema.graphql. */
export function printAppSchema(app: INestApplication): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
}
