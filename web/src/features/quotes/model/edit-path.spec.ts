import { describe, expect, it } from 'vitest';
import { localToday } from '../../../lib/configuration/start-date';
import { editPath } from './edit-path';

const input = { providerCode: 'SA-DK', catalogueVersion: 2, servicePackageCode: 'LON', contractYears: 1 };

describe('editing a quote keeps its start date', () => {
  it("keeps the stored configuration's start date, else the quote's own", () => {
    expect(editPath('q1', { ...input, startDate: '2099-03-01' }, 'en', '2099-01-01')).toBe(
      '/quotes/q1/edit?version=2&package=LON&start=2099-03-01',
    );
    expect(editPath('q1', input, 'en', '2099-01-01')).toBe(
      '/quotes/q1/edit?version=2&package=LON&start=2099-01-01',
    );
  });

  it('lets a start date that has passed give way to today', () => {
    expect(editPath('q1', input, 'en', '2020-01-01')).toBe('/quotes/q1/edit?version=2&package=LON');
    expect(editPath('q1', input, 'en', localToday())).toContain(`start=${localToday()}`);
  });
});
