import { describe, expect, it } from 'vitest';
import da from '../../../lib/manage/i18n/lazy/da.json';
import en from '../../../lib/manage/i18n/lazy/en.json';
import nb from '../../../lib/manage/i18n/lazy/nb.json';
import sv from '../../../lib/manage/i18n/lazy/sv.json';
import { describeImpactProblem, IMPACT_PROBLEM_PARAMS } from './impact-problems';

const LANGUAGES = { en, da, nb, sv };
const placeholders = (sentence: string) =>
  [...sentence.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();

describe('impact problem sentences', () => {
  it.each(Object.entries(LANGUAGES))('%s words every code with exactly its params', (_language, texts) => {
    const sentences: Record<string, string> = texts.manager.impact.problems;
    expect(Object.keys(sentences).sort()).toEqual(Object.keys(IMPACT_PROBLEM_PARAMS).sort());
    for (const [code, params] of Object.entries(IMPACT_PROBLEM_PARAMS)) {
      expect(placeholders(sentences[code]), code).toEqual([...params].sort());
    }
  });
});

describe('describeImpactProblem', () => {
  const t = ((key: string, options: { replace: Record<string, unknown> }) =>
    `${key} ${JSON.stringify(options.replace)}`) as never;

  it('words a known code with its params', () => {
    const problem = { code: 'NOT_WHOLE', params: { driverCode: 'PAYSLIPS', quantity: '2.5' }, message: 'x' };
    expect(describeImpactProblem(problem, t)).toEqual({
      text: 'manager.impact.problems.NOT_WHOLE {"driverCode":"PAYSLIPS","quantity":"2.5"}',
    });
  });

  it.each([
    ['an unknown code', { code: 'NEW_RULE', params: { code: 'A' }, message: 'A new rule' }],
    ['a missing param', { code: 'NOT_WHOLE', params: { driverCode: 'PAYSLIPS' }, message: 'Not whole' }],
    ['no params', { code: 'UNKNOWN_SERVICE', params: null, message: 'Unknown service "A"' }],
    ['a param that is not text', { code: 'UNKNOWN_SERVICE', params: { code: {} }, message: 'Unknown' }],
  ])('keeps the English message, marked, for %s', (_case, problem) => {
    expect(describeImpactProblem(problem, t)).toEqual({ text: problem.message, lang: 'en' });
  });
});
