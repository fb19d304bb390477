/**
 * API benchmark (issue 11; DESIGN "Performance goals"): the built app in production mode with the
 * demo data, against a reference — Apollo Server 5 standalone with the same schema answering the
 * same data from memory — loaded in the same run with autocannon, rounds alternating between the
 * two. Prints req/s, p50 and p99 of both, their ratios, SQL statements per request (the app's
 * `/metrics`), the app's RSS after the run, and each goal met or missed.
 *
 *   npm run bench:api [-- --pg] [--rounds 3] [--seconds 5] [--warmup 2] [--connections 50]
 *                     [--only a,c] [--skip-build] [--profile DIR] [--node-flags="--flag=1 …"]
 *
 * --pg runs the app on a fresh PostgreSQL database on 127.0.0.1:5432 (dropped after) instead of
 * an embedded SQLite file in a temporary folder. Load goes to 127.0.0.1 only. --profile writes the
 * app's CPU profile (node --cpu-prof) into DIR when the app stops; read it with
 * `node api/bench/read-profile.ts DIR/<file>.cpuprofile`. --node-flags adds Node flags to those of
 * `npm start`, to measure one before putting it there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { AutocannonRequest } from 'autocannon';
import {
  freePort,
  spawnServer,
  startApp,
  stopChild,
  waitUntilReady,
  type RunningServer,
} from './app-server.js';
import { appFigures, settledAppFigures } from './app-figures.js';
import { load, type Round } from './load.js';
import { renderReport, type ScenarioResult } from './report.js';
import { prepare, type Scenario } from './scenarios.js';

const REPO = new URL('../../', import.meta.url).pathname;
const write = (text: string): void => void process.stdout.write(`${text}\n`);

interface Settings {
  postgres: boolean;
  rounds: number;
  seconds: number;
  warmup: number;
  connections: number;
  only: string[] | null;
  build: boolean;
  profileDir: string | null;
  /** Node flags for the app besides `npm start`'s, to try one (e.g. `--heap-growing-percent=50`). */
  nodeFlags: string[];
}

function bounded(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function settings(): Settings {
  const { values } = parseArgs({
    options: {
      pg: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      profile: { type: 'string' },
      'node-flags': { type: 'string', default: '' },
    },
  });
  return {
    postgres: values.pg,
    rounds: bounded('rounds', values.rounds, 1, 10),
    seconds: bounded('seconds', values.seconds, 1, 30),
    warmup: bounded('warmup', values.warmup, 0, 10),
    connections: bounded('connections', values.connections, 1, 200),
    only: values.only ? values.only.split(',') : null,
    build: !values['skip-build'],
    profileDir: values.profile ? resolve(values.profile) : null,
    nodeFlags: values['node-flags'].split(' ').filter((flag) => flag.startsWith('--')),
  };
}

function build(): void {
  write('Building (npm run build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: REPO,
    env: { ...process.env, NX_DAEMON: 'false' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The reference server in a process of its own, answering `rootValues` by operation name. */
async function startReference(rootValues: Record<string, unknown>): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-bench-ref-'));
  const rootValuesFile = join(dir, 'root-values.json');
  writeFileSync(rootValuesFile, JSON.stringify(rootValues));
  const port = await freePort();
  const logFile = join(dir, 'reference.log');
  const script = join(REPO, 'api/bench/reference-server.ts');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
  const child = spawnServer(['--import', 'tsx', script, rootValuesFile, String(port)], env, REPO, logFile);
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const probe = `${url}/?query=${encodeURIComponent('{ __typename }')}`;
    await waitUntilReady(probe, child, logFile, { 'apollo-require-preflight': 'true' });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid ?? 0, stop };
}

/** The reference is only a reference if it answers exactly what the app answers. */
async function checkReference(
  app: RunningServer,
  reference: RunningServer,
  probes: Array<(path: string) => AutocannonRequest>,
): Promise<void> {
  const answer = async (origin: string, request: AutocannonRequest): Promise<unknown> => {
    const response = await fetch(`${origin}${request.path}`, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    });
    return response.json();
  };
  for (const probe of probes) {
    const fromApp = await answer(app.url, probe('/graphql'));
    if (!isDeepStrictEqual(fromApp, await answer(reference.url, probe('/')))) {
      throw new Error(`The reference answers differently from the app to ${probe('/').body?.slice(0, 80)}…`);
    }
  }
  write(`The reference answers the ${probes.length} operations exactly as the app does.`);
}

async function runScenario(
  scenario: Scenario,
  app: RunningServer,
  reference: RunningServer,
  options: Settings,
): Promise<ScenarioResult> {
  const appRequests = scenario.requests('/graphql');
  const referenceRequests = scenario.requests('/');
  if (options.warmup > 0) {
    await load(app, appRequests, options.connections, options.warmup);
    await load(reference, referenceRequests, options.connections, options.warmup);
  }
  const result: ScenarioResult = { scenario, app: [], reference: [], statements: 0, answered: 0 };
  for (let round = 0; round < options.rounds; round += 1) {
    const before = await settledAppFigures(app.url);
    const appRound: Round = await load(app, appRequests, options.connections, options.seconds);
    const after = await settledAppFigures(app.url);
    result.statements += after.statements - before.statements;
    result.answered += after.requests - before.requests;
    result.app.push(appRound);
    result.reference.push(await load(reference, referenceRequests, options.connections, options.seconds));
    write(
      `  ${scenario.key} round ${round + 1}: app ${appRound.requestsPerSecond.toFixed(0)} req/s, ` +
        `reference ${result.reference[round].requestsPerSecond.toFixed(0)} req/s`,
    );
  }
  return result;
}

/** Peak resident memory of a process (VmHWM), for the record beside the RSS after the run. */
function peakResidentMB(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kilobytes ? `${(Number(kilobytes) / 1024).toFixed(0)} MB` : 'unknown';
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
}

async function main(): Promise<void> {
  const options = settings();
  const started = new Date();
  const loadBefore = loadavg()[0].toFixed(2);
  if (options.build) build();
  const servers: RunningServer[] = [];
  const stopAll = async (): Promise<void> => {
    for (const server of servers.splice(0).reverse()) await server.stop();
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  try {
    write(
      `Starting the app (${options.postgres ? 'PostgreSQL' : 'SQLite'}, NODE_ENV=production, demo data)…`,
    );
    const profiling = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
    const nodeOptions = [...options.nodeFlags, ...profiling];
    const app = await startApp(options.postgres, nodeOptions);
    servers.push(app);
    const prepared = await prepare(app.url);
    const reference = await startReference(prepared.rootValues);
    servers.push(reference);
    await checkReference(app, reference, prepared.probes);
    const scenarios = prepared.scenarios.filter((s) => !options.only || options.only.includes(s.key));
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      write(`Scenario ${scenario.key}: ${scenario.title}`);
      results.push(await runScenario(scenario, app, reference, options));
    }
    const figures = await appFigures(app.url);
    const peak = peakResidentMB(app.pid);
    write('');
    write(
      `API bench ${started.toISOString()} — ${options.postgres ? 'PostgreSQL' : 'SQLite'}; ${machine()}; ` +
        `load average ${loadBefore} at the start, ${loadavg()[0].toFixed(2)} at the end`,
    );
    write(
      `${options.connections} connections; per scenario ${options.warmup} s warm-up, then ${options.rounds} rounds × ` +
        `${options.seconds} s per side, app and reference alternating. p50/p99 of the median round; "failed" and "CPU ms/req" = app/reference; "CPU ×" = reference CPU per request ÷ app's.`,
    );
    write('');
    write(renderReport(results, figures.residentBytes));
    write(`app peak RSS ${peak}; cache hits ${figures.cacheHits}, misses ${figures.cacheMisses}`);
    write(
      'goals (DESIGN "Performance goals"): cached anonymous reads (a, b, d) ≥ 2.0× the reference with p99 ≤ 20 ms; ' +
        'uncached (c, e, f) ≥ 0.9× with p99 ≤ 1.2× the reference p99; RSS after the run ≤ 250 MB',
    );
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`API bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
