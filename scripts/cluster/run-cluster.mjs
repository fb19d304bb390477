// `npm run cluster`: three instances behind HAProxy until Ctrl-C (see README "Running several instances").
import { randomBytes } from 'node:crypto';
import { startCluster, waitFor200 } from './cluster.mjs';

const env = process.env;
const lbPort = Number(env.LB_PORT ?? 8080);
const first = Number(env.API_FIRST_PORT ?? 3001);
const cluster = await startCluster({
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL === '' ? undefined : env.REDIS_URL,
  jwtSecret: env.JWT_SECRET || randomBytes(32).toString('hex'),
  lbPort,
  ports: [first, first + 1, first + 2],
  log: (line) => process.stdout.write(`${line}\n`),
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the cluster (instances drain)…\n');
  await cluster.stopAll();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  for (let index = 0; index < 3; index += 1) await cluster.waitReady(index, 180_000);
  await waitFor200(`${cluster.url}/readyz`, 30_000);
  process.stdout.write(
    `\nServicekatalog cluster ready: ${cluster.url} (instances on ${cluster.instances.map((i) => i.port).join(', ')}). Ctrl-C stops it.\n\n`,
  );
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  await stop();
}
