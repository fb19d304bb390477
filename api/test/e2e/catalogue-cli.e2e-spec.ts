import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { stringify as stringifyYaml } from 'yaml';
import { withDefaults } from '@servicekatalog/shared';
import { runCatalogueCommand } from '../../src/cli/catalogue-commands.js';
import {
  auditEventsOf,
  CATALOGUE,
  dataOf,
  exampleCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let dir: string;

beforeAll(async () => {
  app = await startTestApp();
  dir = mkdtempSync(join(tmpdir(), 'sk-cli-'));
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a command against the test app's services; returns its exit code and output. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCatalogueCommand(argv, async () => app.app, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('catalogue validate', () => {
  it('accepts a valid JSON or YAML document (decimals quoted)', async () => {
    expect(await run('validate', file('ok.json', JSON.stringify(exampleCatalogue())))).toMatchObject({
      code: 0,
      out: expect.stringContaining('valid'),
    });
    expect((await run('validate', file('ok.yaml', stringifyYaml(exampleCatalogue())))).code).toBe(0);
  });

  it('refuses an unquoted YAML number where a decimal belongs, listing the errors (exit 1)', async () => {
    const yamlText = stringifyYaml(exampleCatalogue()).replace('amount: "8000.00"', 'amount: 8000.00');
    const result = await run('validate', file('bad.yaml', yamlText));
    expect(result.code).toBe(1);
    expect(result.err).toContain('services[0].priceComponents[0].amount');
    expect(result.err).toContain('quotes');
  });

  it('reports unreadable files and wrong usage', async () => {
    expect((await run('validate', join(dir, 'missing.json'))).code).toBe(1);
    expect(await run('validate', file('broken.json', '{ "provider": '))).toMatchObject({
      code: 1,
      err: expect.stringContaining('not valid JSON'),
    });
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('import', 'x.json', '--valid-from', '2027-01-01')).code).toBe(2);
    expect((await run('export')).code).toBe(2);
  });
});

describe('catalogue import and export', () => {
  it('imports and publishes as the system actor', async () => {
    const path = file('cli.json', JSON.stringify(exampleCatalogue('CLI-A')));
    const result = await run('import', path, '--publish', '--valid-from', '2020-01-01');
    expect(result).toMatchObject({
      code: 0,
      out: expect.stringContaining('Imported CLI-A version 1 as PUBLISHED, valid from 2020-01-01'),
    });
    const read = dataOf(await app.gql<{ catalogue: VersionResult }>(CATALOGUE, { providerCode: 'CLI-A' }));
    expect(read.catalogue).toMatchObject({ number: 1, status: 'PUBLISHED', validFrom: '2020-01-01' });
    const events = await auditEventsOf(app, read.catalogue.id);
    expect(events.map((e) => [e.action, e.actorEmail])).toEqual([
      ['IMPORT', 'cli@servicekatalog'],
      ['PUBLISH', 'cli@servicekatalog'],
    ]);
    const [row] = (await app.app
      .get(DataSource)
      .query(
        "SELECT COUNT(*) AS n FROM audit_events WHERE actor_email = 'cli@servicekatalog' AND actor_user_id IS NULL",
      )) as { n: string | number }[];
    expect(Number(row.n)).toBeGreaterThanOrEqual(3);
  });

  it('imports a draft, refuses a second one (CONFLICT) unless --replace-draft', async () => {
    const path = file('cli.yaml', stringifyYaml(exampleCatalogue('CLI-A')));
    expect(await run('import', path)).toMatchObject({
      code: 0,
      out: expect.stringContaining('version 2 as DRAFT'),
    });
    expect(await run('import', path)).toMatchObject({ code: 1, err: expect.stringContaining('CONFLICT') });
    expect(await run('import', path, '--replace-draft')).toMatchObject({
      code: 0,
      out: expect.stringContaining('version 2 as DRAFT'),
    });
  });

  it('refuses a bad document with every error and exit code 1', async () => {
    const doc = exampleCatalogue('CLI-B');
    doc.provider.currency = 'XXX';
    doc.services[0].priceComponents[0].amount = '-1';
    const result = await run('import', file('bad.json', JSON.stringify(doc)));
    expect(result.code).toBe(1);
    expect(result.err).toContain('provider.currency');
    expect(result.err).toContain('services[0].priceComponents[0].amount');
  });

  it('exports to stdout as JSON and to a file as YAML, both the import format', async () => {
    const expected = withDefaults(exampleCatalogue('CLI-A'));
    const stdout = await run('export', 'CLI-A', '1');
    expect(stdout.code).toBe(0);
    expect(JSON.parse(stdout.out)).toEqual({ ...expected, validFrom: '2020-01-01' });
    const out = join(dir, 'export.yaml');
    expect((await run('export', 'CLI-A', '2', '--out', out)).code).toBe(0);
    expect((await run('validate', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('amount: "8000.00"');
    expect((await run('export', 'CLI-NONE')).code).toBe(1);
  });
});
