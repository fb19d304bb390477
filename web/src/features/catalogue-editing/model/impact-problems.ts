import type { TFunction } from 'i18next';

/** Why a quote cannot be priced against the draft, as the API sends it (ConfigurationProblem). */
export interface ImpactProblem {
  code: string;
  params?: unknown;
  message: string;
}

/** A problem in words: in the interface language, or (lang "en") the API's English sentence. */
export interface ImpactProblemWording {
  text: string;
  lang?: 'en';
}

/**
 * The codes this version words (the engine's pricing-input codes, DESIGN pricing rule 5) and the
 * params each sentence needs; `manager.impact.problems.<code>` holds the sentence in every language.
 */
export const IMPACT_PROBLEM_PARAMS: Readonly<Record<string, readonly string[]>> = {
  PROVIDER_MISMATCH: ['given', 'expected'],
  VERSION_MISMATCH: ['given', 'expected'],
  UNKNOWN_SERVICE_PACKAGE: ['code'],
  UNKNOWN_SERVICE: ['code'],
  UNKNOWN_SERVICE_LEVEL: ['code'],
  UNKNOWN_DRIVER: ['code'],
  DRIVER_GIVEN_TWICE: ['code'],
  NOT_A_QUANTITY: ['quantity', 'driverCode'],
  NEGATIVE_QUANTITY: ['quantity', 'driverCode'],
  TOO_MANY_DECIMALS: ['quantity', 'driverCode', 'max'],
  NOT_WHOLE: ['driverCode', 'quantity'],
  CONTRACT_YEARS_RANGE: ['min', 'max', 'given'],
};

/**
 * Words a problem from its code and params. One this version cannot word — an unknown code or a
 * missing param, from another version of the API — keeps the API's English sentence, marked as
 * English for screen readers (WCAG 3.1.2).
 */
export function describeImpactProblem(problem: ImpactProblem, t: TFunction): ImpactProblemWording {
  const needed = Object.hasOwn(IMPACT_PROBLEM_PARAMS, problem.code)
    ? IMPACT_PROBLEM_PARAMS[problem.code]
    : null;
  const params = problem.params as Record<string, unknown> | null | undefined;
  const complete =
    needed !== null &&
    typeof params === 'object' &&
    params !== null &&
    needed.every((name) => typeof params[name] === 'string' || typeof params[name] === 'number');
  if (!complete) return { text: problem.message, lang: 'en' };
  return { text: t(`manager.impact.problems.${problem.code}`, { replace: params }) };
}
