import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const REPO = new URL('../../', import.meta.url).pathname;
const MAIN = join(REPO, 'api/dist/api/src/main.js');
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const READY_TIMEOUT_MS = 120_000;
/** How `npm start` runs the app: its environment settings and Node flags (package.json's script). */
export interface StartCommand {
  env: Record<string, string>;
  nodeFlags: string[];
}

/**
 * The settings `npm start` runs the app with, read from its script in package.json, so the bench
 * runs the app as it runs in production (README "Performance" says why each is there).
 */
export const PRODUCTION_START = startCommand(readFileSync(join(REPO, 'package.json'), 'utf8'));

/** The `NAME=value` settings before `node`, and the `--` flags between it and the script, of `start`. */
export function startCommand(packageJson: string): StartCommand {
  const start = (JSON.parse(packageJson) as { scripts: { start: string } }).scripts.start;
  const command = /((?:\b[A-Z_]+=\S+\s+)*)node((?:\s+--\S+)*)\s+\S+\.js/.exec(start);
  if (!command) throw new Error(`package.json's start script runs no node command: ${start}`);
  const env = command[1]
    .split(/\s+/)
    .filter(Boolean)
    .map((setting) => setting.split('=') as [string, string]);
  return { env: Object.fromEntries(env), nodeFlags: command[2].split(/\s+/).filter(Boolean) };
}

/** A child process listening on 127.0.0.1:port, and how to stop it. */
export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200, the process exits or the time is up (bounded). */
export async function waitUntilReady(
  url: string,
  child: ChildProcess,
  logFile: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(url, { headers })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`${url} did not become ready (exit code ${child.exitCode}). Last log lines:\n${log}`);
}

/** Starts `node args…` with `env`, output to `logFile`; stop() ends it with SIGTERM, then SIGKILL. */
export function spawnServer(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  logFile: string,
): ChildProcess {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The built app in production mode, with `npm start`'s settings and Node flags and the demo data, on a fresh
 * embedded SQLite database in a temporary folder — or, with `postgres`, on a fresh database
 * `sk_bench_<random>` dropped after.
 * `nodeOptions` go before the script (e.g. `--cpu-prof`).
 */
export async function startApp(postgres: boolean, nodeOptions: string[] = []): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-'));
  const database = postgres ? await createBenchDatabase() : null;
  const port = await freePort();
  const logFile = join(dir, 'app.log');
  const env: NodeJS.ProcessEnv = {
    ...PRODUCTION_START.env,
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: 'true',
    PORT: String(port),
    DATABASE_URL: database ? database.url : `sqlite:${join(dir, 'data', 'servicekatalog.sqlite')}`,
  };
  const child = spawnServer([...PRODUCTION_START.nodeFlags, ...nodeOptions, MAIN], env, dir, logFile);
  const url = `http://127.0.0.1:${port}`;
  const cleanUp = async (): Promise<void> => {
    await stopChild(child);
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`${url}/readyz`, child, logFile);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { url, pid: child.pid ?? 0, stop: cleanUp };
}

async function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sk_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
