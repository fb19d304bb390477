import type { GraphQLContext } from '../graphql/graphql-options.js';
import { parseAcceptLanguage } from './accept-language.js';

const parsed = new WeakMap<object, string[]>();

/**
 * The languages a localized field is wanted in: the field's own `locale` argument when given,
 * else the request's Accept-Language (parsed once per request).
 */
export function requestLanguages(
  context: GraphQLContext,
  locale: string | null | undefined,
): readonly string[] {
  if (locale) return [locale];
  const request = context.req;
  let languages = parsed.get(request);
  if (!languages) {
    languages = parseAcceptLanguage(request.headers['accept-language']);
    parsed.set(request, languages);
  }
  return languages;
}
