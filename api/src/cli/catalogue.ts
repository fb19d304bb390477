import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError } from '../config/config.js';
import { runCatalogueCommand } from './catalogue-commands.js';
import { openCliApp } from './cli-app.js';

/**
 * `npm run catalogue -- validate|import|export …`: the operator's tool (DESIGN, "Run modes"). It
 * runs the API's own services against the configured database (DATABASE_URL) and needs no token.
 */
async function main(): Promise<number> {
  let app: INestApplicationContext | undefined;
  const openApp = async (): Promise<INestApplicationContext> => (app ??= await openCliApp());
  try {
    return await runCatalogueCommand(process.argv.slice(2), openApp, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    });
  } finally {
    await app?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError
        ? error.message
        : `catalogue failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  },
);
