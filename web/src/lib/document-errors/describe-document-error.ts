import type { TFunction } from 'i18next';
import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_ERROR_PHRASES,
  ENGLISH_DOCUMENT_ERRORS,
  documentErrorTemplate,
  isDocumentErrorCode,
  placeholdersOf,
  type DocumentErrorParams,
  type ItemKind,
} from '@servicekatalog/shared';

/**
 * A catalogue-document error as the API sends it (DocumentError, or an entry of a refusal's
 * `extensions.errors`). `code` and `params` may be missing: an older API sent only the message.
 */
export interface DocumentErrorLike {
  message: string;
  code?: string | null;
  params?: unknown;
}

/** An error in words: in the interface language, or (lang "en") the API's English sentence. */
export interface DocumentErrorWording {
  text: string;
  lang?: 'en';
}

/**
 * How a page names a catalogue item it knows ("Payroll (PAY)": its name in the reader's language,
 * the code after it); undefined for an item it does not know, which keeps its bare code.
 */
export type ItemNamer = (kind: ItemKind, code: string) => string | undefined;

/** The item namer of the page around (the draft editor's); none elsewhere. */
export const ItemNamesContext = createContext<ItemNamer | null>(null);

/** Params that hold an item's code, by what they name; `code` names the kind in `item`. */
const CODE_PARAMS: Record<string, ItemKind | 'item'> = {
  service: 'SERVICE',
  required: 'SERVICE',
  driver: 'DRIVER',
  code: 'item',
};

type PhraseName = keyof typeof DOCUMENT_ERROR_PHRASES;
const PHRASE_NAMES = Object.keys(DOCUMENT_ERROR_PHRASES) as PhraseName[];

/**
 * Words a document error in the interface language from its code and params. An error this app
 * cannot word whole — a code, a phrase word or a missing param of another version of the API —
 * keeps the API's English sentence, marked as English for screen readers (WCAG 3.1.2).
 */
export function describeDocumentError(
  error: DocumentErrorLike,
  t: TFunction,
  nameOf?: ItemNamer | null,
): DocumentErrorWording {
  const english: DocumentErrorWording = { text: error.message, lang: 'en' };
  const params = flatParams(error.params);
  if (!isDocumentErrorCode(error.code) || params === undefined) return english;
  const template = documentErrorTemplate(ENGLISH_DOCUMENT_ERRORS, error.code, params);
  const needed = [...placeholdersOf(template)];
  const values: Record<string, string | number> = { ...params };
  for (const name of PHRASE_NAMES) {
    const word = params[name];
    if (word === undefined) continue;
    const phrase = phraseOf(name, word);
    if (phrase === undefined) return english;
    needed.push(...placeholdersOf(phrase));
    values[name] = t(`documentErrors.phrases.${name}.${word}`, { replace: params });
  }
  if (needed.some((name) => values[name] === undefined)) return english;
  // A duplicate code is about the code itself: it keeps it bare.
  if (nameOf) nameItems(values, params, nameOf, error.code === 'DUPLICATE_CODE' ? ['code'] : []);
  // The same sentence as the English: the suggestion's when the params carry one and the code has it.
  const table = template === ENGLISH_DOCUMENT_ERRORS.codes[error.code] ? 'codes' : 'withSuggestion';
  return { text: t(`documentErrors.${table}.${error.code}`, { replace: values }) };
}

/**
 * {@link describeDocumentError} in the current interface language, naming the items the page
 * knows (see {@link ItemNamesContext}); re-renders when either changes.
 */
export function useDescribeDocumentError(): (error: DocumentErrorLike) => DocumentErrorWording {
  const { t } = useTranslation();
  const nameOf = useContext(ItemNamesContext);
  return useCallback((error: DocumentErrorLike) => describeDocumentError(error, t, nameOf), [t, nameOf]);
}

/** Puts each known item's name before its code in the values of a sentence. */
function nameItems(
  values: Record<string, string | number>,
  params: DocumentErrorParams,
  nameOf: ItemNamer,
  bare: readonly string[],
): void {
  for (const [param, kind] of Object.entries(CODE_PARAMS)) {
    const code = params[param];
    if (bare.includes(param)) continue;
    const itemKind = kind === 'item' ? params.item : kind;
    if (typeof code !== 'string' || typeof itemKind !== 'string') continue;
    const named = nameOf(itemKind as ItemKind, code);
    if (named !== undefined) values[param] = named;
  }
}

/** The English phrase of a word of `name` ("OBJECT" → "a JSON object"), if this version knows it. */
function phraseOf(name: PhraseName, word: string | number): string | undefined {
  const phrases: Readonly<Record<string, string>> = ENGLISH_DOCUMENT_ERRORS.phrases[name];
  return typeof word === 'string' && Object.hasOwn(phrases, word) ? phrases[word] : undefined;
}

/** `params` when it is a flat object of strings and numbers, as the API sends them. */
function flatParams(params: unknown): DocumentErrorParams | undefined {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
  const entries = Object.entries(params);
  const flat = entries.every(([, value]) => typeof value === 'string' || typeof value === 'number');
  return flat ? (params as DocumentErrorParams) : undefined;
}
