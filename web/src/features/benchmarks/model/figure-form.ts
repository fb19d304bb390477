import { apiFailure } from '../../../lib/api-errors';
import { textInputProblemKey } from '../../../lib/text-input';
import type { BenchmarkFigure, BenchmarkKpi } from '../api/benchmarks';

/** The form's fields as typed (text), before checking. */
export interface FigureDraft {
  providerCode: string;
  kpi: BenchmarkKpi;
  year: string;
  value: string;
  source: string;
}

export type FigureField = 'providerCode' | 'kpi' | 'year' | 'value' | 'source';

/** Field → i18n key of what is wrong with it. */
export type FigureProblems = Partial<Record<FigureField, string>>;

/** The API's rules (benchmark-figure.rules.ts), checked here first so people hear of them at once. */
const FIRST_YEAR = 2000;
const MAX_DECIMALS = 6;
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** A decimal as typed, with a decimal comma (Nordic habit) read as a point: "3,8" → "3.8". */
export function normalizeValue(text: string): string {
  const trimmed = text.trim().replace(/\s/g, '');
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
}

/** What is wrong with the draft, field by field (empty: it can be sent). */
export function figureProblems(draft: FigureDraft, thisYear: number): FigureProblems {
  const problems: FigureProblems = {};
  if (!draft.providerCode) problems.providerCode = 'benchmarks.form.errors.centre';
  const year = Number(draft.year.trim());
  if (!/^\d{4}$/.test(draft.year.trim()) || year < FIRST_YEAR || year > thisYear + 1)
    problems.year = 'benchmarks.form.errors.year';
  const value = normalizeValue(draft.value);
  if (!PLAIN_DECIMAL.test(value)) problems.value = 'benchmarks.form.errors.value';
  else if (/^[0.]+$/.test(value)) problems.value = 'benchmarks.form.errors.valuePositive';
  else if ((value.split('.')[1] ?? '').length > MAX_DECIMALS)
    problems.value = 'benchmarks.form.errors.valueDecimals';
  const source = textInputProblemKey(draft.source, 'source', {
    empty: 'benchmarks.form.errors.source',
    tooLong: 'benchmarks.form.errors.sourceLength',
  });
  if (source) problems.source = source;
  return problems;
}

/** The draft of a new figure, or of an existing one to edit. */
export function draftOf(figure: BenchmarkFigure | null, providerCode: string, thisYear: number): FigureDraft {
  if (figure)
    return {
      providerCode: figure.providerCode,
      kpi: figure.kpi,
      year: String(figure.year),
      value: figure.value,
      source: figure.source,
    };
  return { providerCode, kpi: 'COST_PER_PAYSLIP', year: String(thisYear - 1), value: '', source: '' };
}

/** How a refused or failed save is shown: at a field, or as a message (with a reload when the list is stale). */
export type FigureFailure =
  { kind: 'field'; field: FigureField; key: string } | { kind: 'message'; key: string; reload: boolean };

/** What the form says of a field the API refused (the same words as its own checks). */
const FIELD_ERRORS: Record<FigureField, string> = {
  providerCode: 'benchmarks.form.errors.centre',
  kpi: 'benchmarks.form.errors.kpi',
  year: 'benchmarks.form.errors.year',
  value: 'benchmarks.form.errors.value',
  source: 'benchmarks.form.errors.source',
};

const FIELDS: Record<string, FigureField> = {
  'input.providerCode': 'providerCode',
  'input.kpi': 'kpi',
  'input.year': 'year',
  'input.value': 'value',
  'input.source': 'source',
};

/**
 * Words why the API refused a save or delete. A duplicate (provider, year, KPI) is BAD_USER_INPUT on
 * input.year with reason DUPLICATE; a stale version (CONFLICT) or a figure deleted meanwhile
 * (NOT_FOUND) means the list is out of date.
 */
export function figureFailure(error: unknown, online: boolean): FigureFailure {
  const message = (key: string, reload = false): FigureFailure => ({ kind: 'message', key, reload });
  const failure = apiFailure(error, online);
  if (failure.kind !== 'refused') return message(`benchmarks.errors.${failure.kind}`);
  switch (failure.code) {
    case 'BAD_USER_INPUT': {
      const field = FIELDS[String(failure.field)];
      if (!field) return message('benchmarks.errors.input');
      if (failure.reason === 'DUPLICATE')
        return { kind: 'field', field, key: 'benchmarks.form.errors.duplicate' };
      return { kind: 'field', field, key: FIELD_ERRORS[field] };
    }
    case 'CONFLICT':
      return message('benchmarks.errors.conflict', true);
    case 'NOT_FOUND':
      return message('benchmarks.errors.gone', true);
    case 'FORBIDDEN':
      return message('benchmarks.errors.forbidden');
    case 'UNAUTHENTICATED':
      return message('benchmarks.errors.signedOut');
    default:
      return message('benchmarks.errors.server');
  }
}
