import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One source file of api/src: its path below api/src ('quotes/quote.service.ts') and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * Folders of api/src that are not a domain: shared plumbing and configuration. Seeding, the CLI,
 * health and metrics are held to the same rule as domains.
 */
const NOT_DOMAINS = new Set(['common', 'config']);

/** Every .ts file below `root`, specs excluded. */
export function sourceFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
        files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** The domain a path below api/src belongs to, or null for plumbing and top-level files. */
export function domainOf(path: string): string | null {
  const [first, ...rest] = path.split('/');
  return rest.length > 0 && !NOT_DOMAINS.has(first) ? first : null;
}

/** The text without comments, so that a rule quoted in a comment is not mistaken for code. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

interface Import {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: SourceFile): Import[] {
  const found: Import[] = [];
  const pattern = /import\s+(type\s+)?([^'";]*?)\s*from\s*'(\.{1,2}\/[^']+)'/g;
  for (const match of code(file.text).matchAll(pattern)) {
    const target = resolve('/', dirname(file.path), match[3]).slice(1).replace(/\.js$/, '.ts');
    // `import { type A, type B }` is type-only too.
    const names = match[2]
      .replace(/[{}]/g, '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const typeOnly =
      Boolean(match[1]) || (names.length > 0 && names.every((name) => name.startsWith('type ')));
    found.push({ target, typeOnly });
  }
  return found;
}

/** Table name → owning domain, from the `@Entity({ name: '…' })` decorators. */
export function tablesByDomain(files: readonly SourceFile[]): Map<string, string> {
  const tables = new Map<string, string>();
  for (const file of files) {
    const domain = domainOf(file.path) ?? file.path.split('/')[0];
    for (const match of file.text.matchAll(/@Entity\(\{\s*name:\s*'([a-z_]+)'/g))
      tables.set(match[1], domain);
  }
  return tables;
}

/**
 * Every breach of "a domain may call another domain's service, never its repository or tables":
 * - importing another domain's repository, or a reader that queries its tables;
 * - importing another domain's entity as a value (which is what a query needs; an entity as the
 *   type of what a service returns is fine);
 * - naming another domain's table in SQL (`.from('quotes', …)`, `JOIN agencies`).
 */
export function boundaryViolations(files: readonly SourceFile[]): string[] {
  const tables = tablesByDomain(files);
  const violations: string[] = [];
  for (const file of files) {
    const own = domainOf(file.path);
    if (own === null) continue;
    for (const { target, typeOnly } of importsOf(file)) {
      const other = domainOf(target);
      if (other === null || other === own) continue;
      if (/\.(repository|reader)\.ts$/.test(target))
        violations.push(`${file.path} imports ${target}: ask the ${other} service instead`);
      else if (!typeOnly && /(\.entity\.ts|\/entities\/index\.ts)$/.test(target))
        violations.push(`${file.path} imports the entity ${target} as a value: only ${other} queries it`);
    }
    const text = code(file.text);
    for (const [table, owner] of tables) {
      if (owner === own) continue;
      const named = new RegExp(
        `\\.(from|into|update|(left|inner)?[jJ]oin(AndSelect|AndMapOne|AndMapMany)?)\\(\\s*'${table}'|\\b(FROM|JOIN|INTO|UPDATE)\\s+"?${table}\\b`,
        'i',
      );
      if (named.test(text)) violations.push(`${file.path} names the ${owner} table ${table} in SQL`);
    }
  }
  return violations;
}

/** Files outside common/persistence that write `version = version + 1` themselves. */
export function handWrittenVersionBumps(files: readonly SourceFile[]): string[] {
  return files
    .filter((file) => !file.path.startsWith('common/persistence/'))
    .filter((file) =>
      /(^|[^_\w])version\s*\+\s*1\s*['"`]|version\s*=\s*version\s*\+\s*1/.test(code(file.text)),
    )
    .map((file) => file.path);
}
