// Three API instances behind HAProxy: shared by `npm run cluster` and `npm run test:faults`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'api/dist/api/src/main.js');

/** A free TCP port on the loopback (asked of the kernel, then released). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `url` until it answers 200; resolves with the milliseconds waited, rejects after `timeoutMs`. */
export async function waitFor200(url, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/**
 * Starts `count` instances (built app, production mode) and HAProxy with deploy/haproxy.cfg.
 * `log(line)` receives each process's output lines, prefixed with its name.
 */
export async function startCluster({ databaseUrl, redisUrl, jwtSecret, lbPort, ports, log }) {
  const children = new Set();
  const track = (name, child) => {
    children.add(child);
    child.on('exit', () => children.delete(child));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk) => {
        for (const line of chunk.split('\n')) if (line) log(`[${name}] ${line}`);
      });
    }
    return child;
  };
  const instances = ports.map((port, index) => ({ name: `api${index + 1}`, port, child: null }));
  const startInstance = (index) => {
    const instance = instances[index];
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(instance.port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      TRUST_PROXY: '1',
      SEED_DEMO: index === 0 ? 'true' : 'false',
    };
    if (redisUrl) env.REDIS_URL = redisUrl;
    else delete env.REDIS_URL;
    instance.child = track(
      instance.name,
      spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    return instance.child;
  };
  instances.forEach((_instance, index) => startInstance(index));
  const haproxyEnv = { ...process.env, LB_PORT: String(lbPort) };
  ports.forEach((port, index) => (haproxyEnv[`API${index + 1}_PORT`] = String(port)));
  track(
    'haproxy',
    spawn('haproxy', ['-db', '-f', join(ROOT, 'deploy/haproxy.cfg')], {
      env: haproxyEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const readyUrl = (index) => `http://127.0.0.1:${instances[index].port}/readyz`;
  return {
    instances,
    url: `http://127.0.0.1:${lbPort}`,
    readyUrl,
    startInstance,
    waitReady: (index, timeoutMs) => waitFor200(readyUrl(index), timeoutMs),
    /** Until the process listens (`/healthz`), whether or not it is ready. */
    waitLive: (index, timeoutMs) =>
      waitFor200(`http://127.0.0.1:${instances[index].port}/healthz`, timeoutMs),
    /** Sends `signal`; resolves with the exit code (or signal name) once the process has ended. */
    stopInstance(index, signal) {
      const { child } = instances[index];
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(null);
      return new Promise((done) => {
        child.once('exit', (code, killedBy) => done(code ?? killedBy));
        child.kill(signal);
      });
    },
    async stopAll() {
      const exits = [...children].map(
        (child) => new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done))),
      );
      for (const child of children) child.kill('SIGTERM');
      await Promise.race([Promise.all(exits), sleep(12_000)]);
      for (const child of children) child.kill('SIGKILL');
    },
  };
}
