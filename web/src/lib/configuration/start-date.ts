import { addDays, contractEndDate } from '@servicekatalog/shared';

/** DESIGN: a contract starts between 2000-01-01 and ten years after today. */
export const EARLIEST_START = '2000-01-01';
const LATEST_START_YEARS = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a start date cannot be used; null when it can. */
export type StartDateProblem = 'invalid' | 'tooEarly' | 'tooLate' | 'noVersion';

/** The user's own calendar day ('YYYY-MM-DD'), which the web app proposes as the contract's start. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The latest start date allowed: the same month and day ten years after `today`. */
export function latestStart(today: string): string {
  return addDays(contractEndDate(today, LATEST_START_YEARS), 1);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** Checks a start date against DESIGN's bounds, seen from `today`. */
export function startDateProblem(text: string, today: string): StartDateProblem | null {
  if (!isDate(text)) return 'invalid';
  if (text < EARLIEST_START) return 'tooEarly';
  if (text > latestStart(today)) return 'tooLate';
  return null;
}
