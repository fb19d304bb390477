import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_ERROR_PHRASES,
  ENGLISH_DOCUMENT_ERRORS,
  documentErrorTemplate,
  isDocumentErrorCode,
  placeholdersOf,
  type DocumentErrorParams,
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

type PhraseName = keyof typeof DOCUMENT_ERROR_PHRASES;
const PHRASE_NAMES = Object.keys(DOCUMENT_ERROR_PHRASES) as PhraseName[];

/**
 * Words a document error in the interface language from its code and params. An error this app
 * cannot word whole — a code, a phrase word or a missing param of another version of the API —
 * keeps the API's English sentence, marked as English for screen readers (WCAG 3.1.2).
 */
export function describeDocumentError(error: DocumentErrorLike, t: TFunction): DocumentErrorWording {
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
  // The same sentence as the English: the suggestion's when the params carry one and the code has it.
  const table = template === ENGLISH_DOCUMENT_ERRORS.codes[error.code] ? 'codes' : 'withSuggestion';
  return { text: t(`documentErrors.${table}.${error.code}`, { replace: values }) };
}

/** {@link describeDocumentError} in the current interface language; re-renders when it changes. */
export function useDescribeDocumentError(): (error: DocumentErrorLike) => DocumentErrorWording {
  const { t } = useTranslation();
  return useCallback((error: DocumentErrorLike) => describeDocumentError(error, t), [t]);
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
