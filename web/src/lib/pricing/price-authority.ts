import type { PriceBreakdown } from '@servicekatalog/shared';

/**
 * The API is the authority on prices; the browser prices instantly with the same shared engine.
 * These compare the two and pick what the customer is shown.
 */

/** The parts of the API's `PriceQuote` that are compared and shown. */
export interface ApiPriceQuote {
  currency: string;
  valid: boolean;
  lines: ReadonlyArray<{
    serviceCode: string;
    /** The label in every language (the configurator shows it on lines it could not match). */
    componentLabelTranslations?: unknown;
    period: string;
    amount: string;
    firstYear: number;
    lastYear: number;
  }>;
  years: PriceBreakdown['years'];
  totals: PriceBreakdown['totals'];
  issues: ReadonlyArray<{ code: string; serviceCode?: string | null }>;
}

/**
 * Where the browser's breakdown and the API's quote for the same input disagree, as readable
 * strings for the log; empty when they agree on every figure the customer sees.
 */
export function differencesFromApi(local: PriceBreakdown, api: ApiPriceQuote): string[] {
  const differences: string[] = [];
  const check = (what: string, mine: unknown, theirs: unknown) => {
    if (mine !== theirs) differences.push(`${what}: browser ${String(mine)}, API ${String(theirs)}`);
  };
  check('currency', local.currency, api.currency);
  check('valid', local.valid, api.valid);
  check('totals.monthly', local.totals.monthly, api.totals.monthly);
  check('totals.firstYear', local.totals.firstYear, api.totals.firstYear);
  check('totals.contractTotal', local.totals.contractTotal, api.totals.contractTotal);
  check('years.length', local.years.length, api.years.length);
  local.years.forEach((year, i) => check(`years[${i}].total`, year.total, api.years[i]?.total));
  check('lines.length', local.lines.length, api.lines.length);
  local.lines.forEach((line, i) => {
    const other = api.lines[i];
    check(
      `lines[${i}]`,
      `${line.serviceCode} ${line.amount}`,
      other ? `${other.serviceCode} ${other.amount}` : undefined,
    );
  });
  const issueCodes = (issues: readonly { code: string; serviceCode?: string | null }[]) =>
    issues
      .map((issue) => `${issue.code}@${issue.serviceCode ?? ''}`)
      .sort()
      .join(',');
  check('issues', issueCodes(local.issues), issueCodes(api.issues));
  return differences;
}

/** The figures the customer is shown: the API's where it has answered, the browser's until then. */
export interface ShownFigures {
  totals: PriceBreakdown['totals'];
  years: PriceBreakdown['years'];
  /** Line amounts by position in the browser's lines; null = the lines could not be matched. */
  lineAmounts: string[] | null;
  apiLines: ApiPriceQuote['lines'] | null;
}

/** The API's figures laid over the browser's breakdown (they are the authority). */
export function figuresShown(local: PriceBreakdown, api: ApiPriceQuote | null): ShownFigures {
  if (!api)
    return {
      totals: local.totals,
      years: local.years,
      lineAmounts: local.lines.map((line) => line.amount),
      apiLines: null,
    };
  const aligned =
    api.lines.length === local.lines.length &&
    api.lines.every(
      (line, i) => line.serviceCode === local.lines[i].serviceCode && line.period === local.lines[i].period,
    );
  return {
    totals: api.totals,
    years: api.years,
    lineAmounts: aligned ? api.lines.map((line) => line.amount) : null,
    apiLines: aligned ? null : api.lines,
  };
}
