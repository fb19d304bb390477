import { describe, expect, it } from 'vitest';
import { ConflictError } from '../common/errors/domain-error.js';
import { assertDraft, isSuperseded, versionInForce } from './catalogue-version.rules.js';

const v = (id: string, number: number, status: 'DRAFT' | 'PUBLISHED', validFrom: string | null) => ({
  id,
  number,
  status,
  validFrom,
});

const VERSIONS = [
  v('v1', 1, 'PUBLISHED', '2026-01-01'),
  v('v2', 2, 'PUBLISHED', '2027-01-01'),
  v('v3', 3, 'PUBLISHED', '2027-01-01'),
  v('v4', 4, 'PUBLISHED', '2026-06-01'),
  v('v5', 5, 'PUBLISHED', '2028-01-01'),
  v('v6', 6, 'DRAFT', '2026-02-01'),
];

describe('versionInForce', () => {
  it.each([
    ['2025-12-31', null],
    ['2026-01-01', 'v1'],
    ['2026-03-01', 'v1'], // the draft's date does not count
    ['2026-06-01', 'v4'],
    ['2027-01-01', 'v3'], // same validFrom: the highest number
    ['2027-12-31', 'v3'],
    ['2028-01-01', 'v5'],
  ])('on %s is %s', (date, expected) => {
    expect(versionInForce(VERSIONS, date)?.id ?? null).toBe(expected);
  });

  it('does not depend on the order of the list', () => {
    expect(versionInForce([...VERSIONS].reverse(), '2027-06-01')?.id).toBe('v3');
  });
});

describe('isSuperseded', () => {
  const today = '2027-06-01';
  const inForce = versionInForce(VERSIONS, today);
  it.each([
    ['v1', true],
    ['v2', true],
    ['v3', false], // in force
    ['v4', true], // earlier validFrom than v3, though a higher number
    ['v5', false], // not yet in force
    ['v6', false], // drafts are never superseded
  ])('%s: %s', (id, expected) => {
    expect(
      isSuperseded(
        VERSIONS.find((x) => x.id === id)!,
        inForce,
        today,
      ),
    ).toBe(expected);
  });
});

describe('assertDraft', () => {
  it('lets drafts through and refuses any write to a published version with CONFLICT', () => {
    expect(() => assertDraft({ status: 'DRAFT', number: 1 })).not.toThrow();
    expect(() => assertDraft({ status: 'PUBLISHED', number: 2 })).toThrow(ConflictError);
  });
});
