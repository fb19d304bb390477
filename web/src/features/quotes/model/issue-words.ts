import type { TFunction } from 'i18next';
import { createElement, type ReactElement } from 'react';
import { LangText, type CatalogueString } from '../../../components/ui/CatalogueText';
import { joinNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import type { QuoteNames } from '../../../components/quote/use-quote-names';

/** A configuration issue as the quote keeps it, or as the API names it when refusing to submit. */
export interface IssueLike {
  code: string;
  serviceCode?: string | null;
  driverCode?: string | null;
  otherServiceCode?: string | null;
  requiredAnyOf?: readonly string[] | null;
}

const KNOWN = new Set([
  'MISSING_DEPENDENCY',
  'EXCLUDED_COMBINATION',
  'MISSING_VOLUME',
  'VOLUME_OUT_OF_RANGE',
  'ADDON_NOT_ALLOWED',
  'DEPRECATED_SERVICE',
  'NOTHING_SELECTED',
]);

/**
 * One issue in words, in the interface language, with the catalogue's names for the codes. The
 * names stay elements, so each keeps its own language inside the sentence.
 */
export function issueWords(issue: IssueLike, names: QuoteNames, t: TFunction): ReactElement {
  const name = (code: string | null | undefined, of: (code: string) => CatalogueString) =>
    code ? createElement(LangText, of(code)) : '';
  const services = (issue.requiredAnyOf ?? []).map((code) => name(code, names.service));
  return translateWithNodes(t, `quotes.issue.${KNOWN.has(issue.code) ? issue.code : 'other'}`, {
    service: name(issue.serviceCode, names.service),
    services: joinNodes(services, ', '),
    other: name(issue.otherServiceCode, names.service),
    driver: name(issue.driverCode, names.driver),
  });
}
