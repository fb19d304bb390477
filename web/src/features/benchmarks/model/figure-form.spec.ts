import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import { draftOf, figureProblems, normalizeValue, figureFailure, type FigureDraft } from './figure-form';

const DRAFT: FigureDraft = {
  providerCode: 'DFO-NO',
  kpi: 'COST_PER_PAYSLIP',
  year: '2024',
  value: '11',
  source: 'DFØ annual report 2024',
};

const refused = (extensions: Record<string, unknown>) =>
  new GraphQLRequestError('graphql', [{ message: 'refused', extensions }]);

describe('figureProblems', () => {
  it('accepts a complete figure', () => {
    expect(figureProblems(DRAFT, 2026)).toEqual({});
    expect(figureProblems({ ...DRAFT, year: '2027', value: '0.000001' }, 2026)).toEqual({});
  });

  it.each([
    [{ year: '1999' }, { year: 'benchmarks.form.errors.year' }],
    [{ year: '2028' }, { year: 'benchmarks.form.errors.year' }],
    [{ year: '20x4' }, { year: 'benchmarks.form.errors.year' }],
    [{ value: '' }, { value: 'benchmarks.form.errors.value' }],
    [{ value: '1e3' }, { value: 'benchmarks.form.errors.value' }],
    [{ value: '-1' }, { value: 'benchmarks.form.errors.value' }],
    [{ value: '0.00' }, { value: 'benchmarks.form.errors.valuePositive' }],
    [{ value: '1.1234567' }, { value: 'benchmarks.form.errors.valueDecimals' }],
    [{ source: '  ' }, { source: 'benchmarks.form.errors.source' }],
    [{ source: 'x'.repeat(501) }, { source: 'benchmarks.form.errors.sourceLength' }],
    [{ providerCode: '' }, { providerCode: 'benchmarks.form.errors.centre' }],
  ])('refuses %j', (change, problems) => {
    expect(figureProblems({ ...DRAFT, ...change }, 2026)).toEqual(problems);
  });

  it('reads a decimal comma as a point, and nothing else', () => {
    expect(normalizeValue(' 3,8 ')).toBe('3.8');
    expect(normalizeValue('1 234,5')).toBe('1234.5');
    expect(normalizeValue('1,234,5')).toBe('1,234,5');
    expect(figureProblems({ ...DRAFT, value: '3,8' }, 2026)).toEqual({});
  });

  it('starts a new figure at last year, and an edit at the figure', () => {
    expect(draftOf(null, 'SA-DK', 2026)).toEqual({
      providerCode: 'SA-DK',
      kpi: 'COST_PER_PAYSLIP',
      year: '2025',
      value: '',
      source: '',
    });
  });
});

describe('figureFailure', () => {
  it('puts a duplicate at the year and other refusals at their field', () => {
    expect(
      figureFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.year', reason: 'DUPLICATE' }), true),
    ).toEqual({
      kind: 'field',
      field: 'year',
      key: 'benchmarks.form.errors.duplicate',
    });
    expect(figureFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.value' }), true)).toEqual({
      kind: 'field',
      field: 'value',
      key: 'benchmarks.form.errors.value',
    });
  });

  it('asks for a reload on CONFLICT and NOT_FOUND, and words the rest', () => {
    expect(figureFailure(refused({ code: 'CONFLICT', reason: 'STALE_VERSION' }), true)).toEqual({
      kind: 'message',
      key: 'benchmarks.errors.conflict',
      reload: true,
    });
    expect(figureFailure(refused({ code: 'NOT_FOUND' }), true)).toMatchObject({
      key: 'benchmarks.errors.gone',
      reload: true,
    });
    expect(figureFailure(refused({ code: 'FORBIDDEN' }), true)).toMatchObject({
      key: 'benchmarks.errors.forbidden',
    });
    expect(figureFailure(new GraphQLRequestError('network'), true)).toMatchObject({
      key: 'benchmarks.errors.offline',
    });
    expect(figureFailure(new GraphQLRequestError('server'), true)).toMatchObject({
      key: 'benchmarks.errors.server',
    });
    expect(figureFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.currency' }), true)).toMatchObject({
      key: 'benchmarks.errors.input',
    });
  });
});
