import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { printAppSchema } from '../common/graphql/schema-file.js';

/** Writes api/schema.graphql from the code-first schema (run from the repository root or api/). */
async function main(): Promise<void> {
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', SEED_DEMO: 'false' }, resolve('data'));
  config.jwtSecret = 'schema-printing-only-secret-0123456789';
  const app = await createApp(config, { logLevels: ['error'], webRoot: null });
  const target = resolve(process.argv[2] ?? 'api/schema.graphql');
  writeFileSync(target, printAppSchema(app));
  await app.close();
  process.stdout.write(`wrote ${target}\n`);
}

void main();
