import { BadUserInputError } from '../errors/domain-error.js';

/**
 * No field of the service stores a NUL character, and PostgreSQL refuses one in any text it is
 * given — so a NUL anywhere in an argument (an id, a code, an e-mail, a cursor, a document) is
 * refused as BAD_USER_INPUT on its path before a query could be built from it. Free text is held
 * to the stricter shared text rules besides; this is the floor under every other string.
 */
export function refuseNulCharacters(value: unknown, path: string): void {
  const found = nulPath(value, path);
  if (found !== null) {
    throw new BadUserInputError(
      `${found || 'The input'} must not contain the NUL character (U+0000).`,
      found,
    );
  }
}

function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = nulPath(item, at);
    if (found !== null) return found;
  }
  return null;
}
