import { addDays, contractEndDate } from '@servicekatalog/shared';

type Dated = { status: string; validFrom: string | null; number: number };

/** The version that takes over during a contract, and the day it does. */
export interface UpcomingChange {
  catalogueVersion: number;
  validFrom: string;
}

/**
 * DESIGN: the version in force on the first day d with startDate < d ≤ endDate on which another
 * version is in force than on d − 1; null when none. Which version is in force changes only on a
 * published version's validFrom, so only those days are candidates.
 */
export function upcomingChange(
  versions: readonly Dated[],
  startDate: string,
  contractYears: number,
  inForce: (date: string) => Dated | null,
): UpcomingChange | null {
  const endDate = contractEndDate(startDate, contractYears);
  const days = [
    ...new Set(
      versions
        .filter((v) => v.status === 'PUBLISHED' && v.validFrom !== null)
        .map((v) => v.validFrom as string)
        .filter((day) => day > startDate && day <= endDate),
    ),
  ].sort();
  for (const day of days) {
    const now = inForce(day);
    const before = inForce(addDays(day, -1));
    if (now && now.number !== before?.number) return { catalogueVersion: now.number, validFrom: day };
  }
  return null;
}
