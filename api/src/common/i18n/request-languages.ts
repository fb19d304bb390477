import type { GraphQLContext } from '../graphql/graphql-options.js';
import type { PlainFieldResolver } from '../graphql/plain-field-resolvers.js';
import { refuseNulCharacters } from '../validation/nul-characters.js';
import { parseAcceptLanguage } from './accept-language.js';
import { pickText, type TextByLanguage } from './localized-text.js';

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

/** The arguments of a localized text field, `name(locale: String)`. */
export interface LocaleArgs {
  locale?: string | null;
}

/**
 * The plain resolver of a localized text field (see plain-field-resolvers.ts): the text of
 * `textOf(parent)` in the wanted language (`pickText`), null when the parent has none. A NUL in
 * `locale` is refused as every argument's is.
 */
export function localizedTextResolver<T>(
  textOf: (parent: T) => TextByLanguage | null,
): PlainFieldResolver<T, LocaleArgs, string | null> {
  return (parent, { locale }, context) => {
    refuseNulCharacters(locale, 'locale');
    const text = textOf(parent);
    return text ? pickText(text, requestLanguages(context, locale)) : null;
  };
}
