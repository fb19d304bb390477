// Codegen hook: the generated barrel file (index.ts) carries an `eslint-disable` banner that
// suppresses nothing, which ESLint reports as an unused directive (and the lint runs with
// --max-warnings=0). The other generated files need the banner and keep it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

for (const file of process.argv.slice(2)) {
  if (basename(file) !== 'index.ts') continue;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.replace(/^\/\* eslint-disable \*\/\n?/, '').trimEnd()}\n`);
}
