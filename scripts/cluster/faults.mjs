// `npm run test:faults` (DESIGN, "Load balancer"): its own PostgreSQL and Redis on free ports, three
// instances behind HAProxy, 60 s of mixed load while an instance is killed, PostgreSQL and Redis are
// restarted and the instances are restarted one by one; then the client's ledger is checked against
// the database. Exits 1 when a check fails. scripts/test-faults.sh wraps it (build, cleanup trap).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chownSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort, ROOT, sleep, startCluster } from './cluster.mjs';
import { runLoad } from './load.mjs';
import { checkLedger } from './ledger-checks.mjs';

const pg = createRequire(join(ROOT, 'api/package.json'))('pg');
const TMP = process.env.FAULTS_DIR;
if (!TMP) throw new Error('FAULTS_DIR is not set: run scripts/test-faults.sh');
const LOAD_SECONDS = 60;
const log = (line) => process.stdout.write(`${line}\n`);
// Every process's output, kept after the run (the temporary folder is removed).
const LOG_FILE = '/tmp/sk-faults-last.log';
writeFileSync(LOG_FILE, '');
const keepLog = (line) => appendFileSync(LOG_FILE, `${line}\n`);

const pgBin = join(
  '/usr/lib/postgresql',
  readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0],
  'bin',
);
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool, as the postgres user when this runs as root (initdb refuses root). */
function pgTool(tool, args) {
  const command = [join(pgBin, tool), ...args];
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map((a) => `'${a}'`).join(' ')], {
        encoding: 'utf8',
      })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
}

const ports = { pg: await freePort(), redis: await freePort(), lb: await freePort() };
const apiPorts = [await freePort(), await freePort(), await freePort()];
const pgDir = join(TMP, 'pg');
mkdirSync(pgDir, { recursive: true });
if (asRoot) {
  const { uid, gid } = userIds('postgres');
  chownSync(TMP, uid, gid);
  chownSync(pgDir, uid, gid);
}
const pgOptions = `-p ${ports.pg} -k ${pgDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
const startPostgres = () =>
  pgTool('pg_ctl', ['-D', pgDir, '-o', pgOptions, '-l', join(pgDir, 'log'), '-w', 'start']);
pgTool('initdb', ['-D', pgDir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
startPostgres();
const serverUrl = `postgres://postgres@127.0.0.1:${ports.pg}`;
const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
await admin.connect();
await admin.query('CREATE DATABASE servicekatalog');
await admin.end();
const databaseUrl = `${serverUrl}/servicekatalog`;

let redis = null;
const startRedis = () => {
  redis = spawn(
    'redis-server',
    ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
};
startRedis();
log(
  `PostgreSQL :${ports.pg}, Redis :${ports.redis}, HAProxy :${ports.lb}, instances ${apiPorts.join(', ')} (${TMP})`,
);

const cluster = await startCluster({
  databaseUrl,
  redisUrl: `redis://127.0.0.1:${ports.redis}`,
  jwtSecret: randomBytes(32).toString('hex'),
  lbPort: ports.lb,
  ports: apiPorts,
  log: keepLog,
});
let exitCode = 1;
try {
  // The first instance seeds the demo data (under the advisory lock) while the others wait.
  for (let index = 0; index < 3; index += 1) await cluster.waitReady(index, 240_000);
  await sleep(2500); // HAProxy's checks see all three up
  const faults = [];
  const fault = (name, at, action) => ({ name, at, action });
  // An instance being restarted on purpose (kill -9, rolling restart) is waited for by that fault.
  const restarting = new Set();
  const restart = async (index, signal, note) => {
    restarting.add(index);
    try {
      const code = await cluster.stopInstance(index, signal);
      if (signal === 'SIGTERM') note.exits.push(code);
      const restarted = elapsed();
      keepLog(
        `[faults] ${note.name}: api${index + 1} exited (${code}), starting it again at ${restarted.toFixed(1)} s`,
      );
      cluster.startInstance(index);
      // The fault ends when the new process is up (it boots for a while: reported apart).
      await cluster.waitLive(index, 120_000);
      note.end = elapsed();
      note.bootMs = Math.max(note.bootMs ?? 0, Math.round((note.end - restarted) * 1000));
      await cluster.waitReady(index, 60_000);
      note.readyMs = Math.max(note.readyMs, Math.round((elapsed() - note.end) * 1000));
    } finally {
      restarting.delete(index);
    }
  };
  const othersReady = async () => {
    const started = Date.now();
    for (let index = 0; index < 3; index += 1) {
      if (!restarting.has(index)) await cluster.waitReady(index, 60_000);
    }
    return Date.now() - started;
  };
  const schedule = [
    fault('kill -9 api2', 15, (note) => restart(1, 'SIGKILL', note)),
    fault('restart PostgreSQL', 30, async () => {
      pgTool('pg_ctl', ['-D', pgDir, '-m', 'fast', '-w', 'stop']);
      startPostgres();
    }),
    fault('restart Redis', 45, async () => {
      await new Promise((done) => {
        redis.once('exit', done);
        redis.kill('SIGTERM');
      });
      startRedis();
    }),
    fault('rolling restart', 55, async (note) => {
      for (let index = 0; index < 3; index += 1) await restart(index, 'SIGTERM', note);
    }),
  ];
  const loadStarted = Date.now();
  const elapsed = () => (Date.now() - loadStarted) / 1000;
  const faultRuns = schedule.map(async ({ name, at, action }) => {
    await sleep(at * 1000);
    const note = { name, start: elapsed(), end: 0, readyMs: 0, exits: [] };
    faults.push(note);
    keepLog(`[faults] ${name} at ${note.start.toFixed(1)} s`);
    await action(note);
    // Restarts measured their own instance; PostgreSQL and Redis: every instance not restarting.
    if (!note.end) {
      note.end = elapsed();
      note.readyMs = await othersReady();
    }
    note.ready = note.end + note.readyMs / 1000;
  });
  const load = await runLoad({ url: cluster.url, seconds: LOAD_SECONDS, started: loadStarted });
  await Promise.all(faultRuns);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await checkLedger({ client, load, faults });
    exitCode = result.ok ? 0 : 1;
  } finally {
    await client.end();
  }
} catch (error) {
  log(`test:faults failed: ${error.stack ?? error}`);
} finally {
  await cluster.stopAll();
  redis?.kill('SIGKILL');
  try {
    pgTool('pg_ctl', ['-D', pgDir, '-m', 'immediate', '-w', 'stop']);
  } catch {
    // already stopped
  }
}
log(`Logs of the instances, HAProxy and the faults: ${LOG_FILE}`);
process.exit(exitCode);

function userIds(name) {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}
