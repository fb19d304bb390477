import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const MAIN = join(ROOT, 'api/dist/api/src/main.js');

export interface RunningApp {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the BUILT app the way `npm start` does — API and web on one port, embedded SQLite with
 * demo data — in a scratch folder of its own, and waits until it is ready.
 * With E2E_APP_URL set, the tests use that already running app instead (it must have the demo data).
 */
export async function startBuiltApp(): Promise<RunningApp> {
  const external = process.env.E2E_APP_URL;
  if (external) return attachToRunningApp(external.replace(/\/$/, ''));
  const dir = mkdtempSync(join(tmpdir(), 'sk-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: undefined,
      TEST_DATABASE_URL: undefined,
      SEED_DEMO: 'true',
      NODE_ENV: undefined,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function attachToRunningApp(url: string): Promise<RunningApp> {
  const ready = await fetch(`${url}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) throw new Error(`E2E_APP_URL=${url} is not ready`);
  return { url, output: () => '', stop: async () => undefined };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the app did not become ready:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
