/**
 * Allocation per request of the API bench's scenarios: the bytes the app allocates to answer one
 * request, and the functions that allocate them. Unlike req/s, latency and CPU time it does not
 * move when other work loads the machine, so a change that allocates less shows as a smaller
 * figure from one run to the next (the sampling makes it vary by a few per cent).
 *
 *   npm run bench:alloc [-- --only c,e] [--requests 2000] [--top 25] [--node-flags="…"] [--pg]
 *
 * Starts the built app as bench:api does (npm start's settings, demo data; build it first), with
 * the inspector on a free loopback port. Per scenario it sends `--requests` requests over 20
 * connections to warm up, then as many again while V8's sampling heap profiler records every
 * allocation — those the young and the old generation's collections freed included — and prints
 * KB per request, in all and by allocating function (with its two callers).
 */
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonRequest } from 'autocannon';
import WebSocket from 'ws';
import { freePort, startApp } from './app-server.js';
import { prepare } from './scenarios.js';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const write = (text: string): void => void process.stdout.write(`${text}\n`);
const REPO = new URL('../../', import.meta.url).pathname;

/** A minimal client of the inspector protocol: one method call at a time, by id. */
class Inspector {
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (resolve && message.id !== undefined) {
        this.pending.delete(message.id);
        resolve(message.result);
      }
    });
  }

  static async connect(port: number): Promise<Inspector> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
      webSocketDebuggerUrl: string;
    }>;
    const socket = new WebSocket(targets[0].webSocketDebuggerUrl, { maxPayload: 1024 * 1024 * 1024 });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new Inspector(socket);
  }

  call<T>(method: string, params: object = {}): Promise<T> {
    this.nextId += 1;
    const id = this.nextId;
    return new Promise<T>((resolve) => {
      this.pending.set(id, resolve as (result: unknown) => void);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}

async function send(url: string, requests: AutocannonRequest[], amount: number): Promise<void> {
  await autocannon({ url, connections: 20, amount, requests });
}

/** Bytes allocated by each function (and its two callers), summed over the profile's tree. */
function bytesByPlace(head: SamplingNode): { total: number; places: Map<string, number> } {
  const places = new Map<string, number>();
  let total = 0;
  const pending: Array<{ node: SamplingNode; callers: string[] }> = [{ node: head, callers: [] }];
  while (pending.length > 0) {
    const { node, callers } = pending.pop() as { node: SamplingNode; callers: string[] };
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const file = url
      .replace(/^file:\/\//, '')
      .replace(/.*node_modules\//, '~/')
      .replace(REPO, '');
    total += node.selfSize;
    if (node.selfSize > 0) {
      const place = `${name} ${file}:${lineNumber + 1}${callers.length ? `  ← ${callers.join(' ← ')}` : ''}`;
      places.set(place, (places.get(place) ?? 0) + node.selfSize);
    }
    for (const child of node.children) pending.push({ node: child, callers: [name, ...callers].slice(0, 2) });
  }
  return { total, places };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      requests: { type: 'string', default: '2000' },
      top: { type: 'string', default: '25' },
      'node-flags': { type: 'string', default: '' },
      pg: { type: 'boolean', default: false },
    },
  });
  const requests = Number(values.requests);
  const top = Number(values.top);
  if (!Number.isInteger(requests) || requests < 100 || requests > 100_000)
    throw new Error('--requests must be a whole number from 100 to 100000');
  if (!Number.isInteger(top) || top < 1 || top > 200) throw new Error('--top must be from 1 to 200');
  const inspectorPort = await freePort();
  const flags = values['node-flags'].split(' ').filter((flag) => flag.startsWith('--'));
  const app = await startApp(values.pg, [...flags, `--inspect=127.0.0.1:${inspectorPort}`]);
  try {
    const { scenarios } = await prepare(app.url);
    const inspector = await Inspector.connect(inspectorPort);
    await inspector.call('HeapProfiler.enable');
    write(`Allocation per request, ${requests} requests per scenario after as many to warm up`);
    for (const scenario of scenarios.filter((s) => !values.only || values.only.split(',').includes(s.key))) {
      const scenarioRequests = scenario.requests('/graphql');
      await send(app.url, scenarioRequests, requests);
      await inspector.call('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      await send(app.url, scenarioRequests, requests);
      const { profile } = await inspector.call<{ profile: { head: SamplingNode } }>(
        'HeapProfiler.stopSampling',
      );
      const { total, places } = bytesByPlace(profile.head);
      const perRequest = (bytes: number): string => (bytes / requests / 1024).toFixed(2).padStart(8);
      write(`\n${scenario.key}  ${scenario.title}: ${perRequest(total).trim()} KB a request`);
      for (const [place, bytes] of [...places].sort((x, y) => y[1] - x[1]).slice(0, top)) {
        write(`${perRequest(bytes)} KB  ${place}`);
      }
    }
    inspector.close();
  } finally {
    await app.stop();
  }
}

await main();
