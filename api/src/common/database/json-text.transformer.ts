import type { ValueTransformer } from 'typeorm';

/**
 * Stores a JSON value in a TEXT column on both databases (localized text, small lists such as a
 * service's `requires`). Key order is kept as written, which keeps exports stable.
 */
export function jsonText<T>(): ValueTransformer {
  return {
    to: (value: T | null | undefined): string | null | undefined =>
      value === undefined ? undefined : value === null ? null : JSON.stringify(value),
    from: (text: string | null): T | null =>
      text === null || text === undefined ? null : (JSON.parse(text) as T),
  };
}
