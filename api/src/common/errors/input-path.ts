import { BadUserInputError } from './domain-error.js';

/**
 * Runs a use case whose rules name fields relative to one input object ("email") and reports
 * them at their path in the GraphQL request ("input.email"), as DESIGN asks of `extensions.field`.
 */
export async function atInputPath<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    const field = error.extensions.field;
    const path = typeof field === 'string' && field ? `${prefix}.${field}` : prefix;
    throw new BadUserInputError(error.message, path, withoutField(error.extensions));
  }
}

function withoutField(extensions: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...extensions };
  delete rest.field;
  return rest;
}
