import type { BenchmarkKind, StandardMeasure } from '../catalogue/document.js';
import { Decimal } from '../money/decimal.js';
import { DECIMAL_BOUNDS, decimalTextProblem, describeDecimalProblem } from '../limits/decimal-bounds.js';

/** A monthly quantity of one standard measure (plain decimal string). */
export interface StandardVolume {
  measure: StandardMeasure;
  quantity: string;
}

/**
 * What an agency buys, in the words every centre shares (DESIGN "Centres side by side"): a kind and
 * monthly quantities per standard measure. The engine never converts periods: a page that asks in
 * yearly figures divides by 12 before asking.
 */
export interface StandardProfile {
  kind: BenchmarkKind;
  volumes: readonly StandardVolume[];
}

/** A ready-made profile; its name is worded by the client from `code`. */
export interface NamedStandardProfile extends StandardProfile {
  code: string;
}

// Sizes of typical state agencies, in monthly quantities. Payslips run a little above employees
// (leavers, extra runs); DFØ's 2023 volumes (1.7 million incoming invoices for ~280,000 wage earners)
// give about 6 incoming invoices per employee a year, i.e. one per two employees a month.
export const STANDARD_PROFILES: readonly NamedStandardProfile[] = [
  {
    code: 'SMALL_PAYROLL',
    kind: 'PAYROLL',
    volumes: [
      { measure: 'PAYSLIP', quantity: '110' },
      { measure: 'EMPLOYEE', quantity: '100' },
      { measure: 'TRAVEL_CLAIM', quantity: '15' },
      { measure: 'REFUND_CLAIM', quantity: '4' },
    ],
  },
  {
    code: 'SMALL_ACCOUNTING',
    kind: 'ACCOUNTING',
    volumes: [
      { measure: 'EMPLOYEE', quantity: '100' },
      { measure: 'INVOICE_IN', quantity: '50' },
      { measure: 'INVOICE_OUT', quantity: '20' },
      { measure: 'POSTING_LINE', quantity: '1500' },
      { measure: 'TRAVEL_CLAIM', quantity: '15' },
    ],
  },
  {
    code: 'MEDIUM_BOTH',
    kind: 'BOTH',
    volumes: [
      { measure: 'PAYSLIP', quantity: '540' },
      { measure: 'EMPLOYEE', quantity: '500' },
      { measure: 'INVOICE_IN', quantity: '250' },
      { measure: 'INVOICE_OUT', quantity: '80' },
      { measure: 'POSTING_LINE', quantity: '6000' },
      { measure: 'TRAVEL_CLAIM', quantity: '70' },
      { measure: 'REFUND_CLAIM', quantity: '20' },
    ],
  },
  {
    code: 'LARGE_BOTH',
    kind: 'BOTH',
    volumes: [
      { measure: 'PAYSLIP', quantity: '2150' },
      { measure: 'EMPLOYEE', quantity: '2000' },
      { measure: 'INVOICE_IN', quantity: '1000' },
      { measure: 'INVOICE_OUT', quantity: '400' },
      { measure: 'POSTING_LINE', quantity: '25000' },
      { measure: 'TRAVEL_CLAIM', quantity: '300' },
      { measure: 'REFUND_CLAIM', quantity: '80' },
    ],
  },
];

/** A bad field of a profile, at its input path ("volumes[1].quantity"). */
export interface ProfileProblem {
  field: string;
  code: 'DUPLICATE_MEASURE' | 'BAD_QUANTITY' | 'NOT_WHOLE';
  message: string;
}

/**
 * Checks a profile before any centre prices it: each measure at most once, each quantity a plain
 * non-negative decimal within the shared limits (12 digits before the point, 6 after) and whole —
 * every standard measure counts things (payslips, employees, invoices, claims, posting lines), so a
 * page that asks in yearly figures rounds the twelfth it sends.
 */
export function profileProblems(profile: StandardProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const seen = new Set<string>();
  profile.volumes.forEach((volume, i) => {
    if (seen.has(volume.measure)) {
      problems.push({
        field: `volumes[${i}].measure`,
        code: 'DUPLICATE_MEASURE',
        message: `${volume.measure} is given twice`,
      });
    }
    seen.add(volume.measure);
    const problem = decimalTextProblem(volume.quantity, DECIMAL_BOUNDS);
    if (problem === null && !Decimal.parse(volume.quantity).isInteger()) {
      problems.push({
        field: `volumes[${i}].quantity`,
        code: 'NOT_WHOLE',
        message: 'quantity must be a whole number',
      });
    }
    if (problem !== null) {
      problems.push({
        field: `volumes[${i}].quantity`,
        code: 'BAD_QUANTITY',
        message: `quantity ${describeDecimalProblem(problem)}`,
      });
    }
  });
  return problems;
}
