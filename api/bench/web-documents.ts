import { readFileSync } from 'node:fs';

const GENERATED = new URL('../../web/src/lib/graphql/generated/graphql.ts', import.meta.url);

/**
 * The operation text the web app sends for `name` (e.g. "CatalogueBrowser"): its generated
 * document, fragments included, exactly as `execute` posts it. Read as text, so the bench loads
 * what the browser loads without importing the web app.
 */
export function webDocument(name: string): string {
  const generated = readFileSync(GENERATED, 'utf8');
  const pattern = new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([^\`]*)\``);
  const match = pattern.exec(generated);
  if (!match) throw new Error(`The web app has no operation ${name} (looked in ${GENERATED.pathname})`);
  return match[1];
}
