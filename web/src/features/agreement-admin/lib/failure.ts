import type { SaveFailure } from '../../../lib/api-errors';

/** The key under `manager.agreements.failure` that words why a write was refused. */
export function failureWord(
  failure: SaveFailure,
): 'conflict' | 'invalid' | 'gone' | 'forbidden' | 'network' | 'server' {
  switch (failure.kind) {
    case 'conflict':
    case 'invalid':
    case 'gone':
    case 'forbidden':
    case 'network':
      return failure.kind;
    default:
      return 'server';
  }
}
