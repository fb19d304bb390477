import type { TFunction } from 'i18next';
import type { QuoteNames } from './use-quote-names';

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
]);

/** One issue in words, in the interface language, with the catalogue's names for the codes. */
export function issueWords(issue: IssueLike, names: QuoteNames, t: TFunction): string {
  const service = issue.serviceCode ? names.service(issue.serviceCode) : '';
  return t(`quotes.issue.${KNOWN.has(issue.code) ? issue.code : 'other'}`, {
    service,
    services: (issue.requiredAnyOf ?? []).map(names.service).join(', '),
    other: issue.otherServiceCode ? names.service(issue.otherServiceCode) : '',
    driver: issue.driverCode ? names.driver(issue.driverCode) : '',
  });
}
