// Bundle budget for the first route: the gzip size of the JavaScript a visitor's browser must load
// before the home page (`/`) can render — the entry chunk and every chunk it imports statically,
// read from Vite's manifest, and one interface language's texts. Lazy route chunks (dynamic imports) are not counted. Prints the figure
// and exits non-zero over budget. Run after `vite build` (web's `build` script does).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  process.stderr.write(`check-bundle-budget: ${line}\n`);
  process.exit(1);
};

const BUDGET_BYTES = 170 * 1000; // 170 KB gzip (decimal kilobytes, the stricter reading)
const dist = resolve(fileURLToPath(import.meta.url), '../../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) fail(`expected one entry chunk in the manifest, found ${entries.length}`);

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entries[0][0]);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gzip = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gzip;
  rows.push(`  ${file}: ${(gzip / 1000).toFixed(1)} KB`);
}

// The interface texts are a chunk per language (src/i18n/i18n.ts) that the entry loads before the
// first render: the first route also carries one language's texts — counted here for the largest.
const textChunks = new Map();
for (const [key, chunk] of Object.entries(manifest)) {
  const match = /^src\/(?:i18n\/locales|features\/[^/]+\/i18n)\/([a-z]{2})\.json$/.exec(key);
  if (!match) continue;
  const gzip = gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).length;
  textChunks.set(match[1], (textChunks.get(match[1]) ?? 0) + gzip);
}
const [language, texts] = [...textChunks].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
total += texts;
rows.push(`  texts of one language (the largest, "${language}"): ${(texts / 1000).toFixed(1)} KB`);

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
say(`Initial JavaScript of the first route (gzip): ${kb(total)} of ${kb(BUDGET_BYTES)} budget`);
say(rows.join('\n'));
if (total > BUDGET_BYTES) fail(`over budget by ${kb(total - BUDGET_BYTES)}`);
