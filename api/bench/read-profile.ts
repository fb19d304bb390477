/**
 * Summary of a V8 CPU profile (`node --cpu-prof`, or `npm run bench:api -- --profile DIR`): the
 * functions with the most self time and the most total time (self time of everything they called).
 *
 *   node api/bench/read-profile.ts FILE.cpuprofile [--top 40] [--match text] [--skip seconds]
 *
 * --match keeps only functions whose name or file contains the text; --skip leaves out the first
 * seconds of the profile (start-up); idle time is never counted.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    match: { type: 'string' },
    skip: { type: 'string', default: '0' },
  },
});
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const skipMicros = Number(values.skip) * 1e6;
const selfMicros = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i] ?? 0;
  if (elapsed < skipMicros || byId.get(id)?.callFrame.functionName === '(idle)') return;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*?\/(api|shared)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const [id, micros] of selfMicros) {
  all += micros;
  const node = byId.get(id);
  if (!node) continue;
  self.set(label(node), (self.get(label(node)) ?? 0) + micros);
  // Each function once per stack, however often it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at) as ProfileNode);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + micros);
  }
}

const print = (title: string, figures: Map<string, number>): void => {
  process.stdout.write(`\n${title} (of ${(all / 1000).toFixed(0)} ms sampled)\n`);
  [...figures]
    .filter(([name]) => !values.match || name.includes(values.match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, micros]) => {
      const percent = ((100 * micros) / all).toFixed(1).padStart(5);
      process.stdout.write(`${percent} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}\n`);
    });
};
print('self time', self);
print('total time', total);
