import { describe, expect, it } from 'vitest';
import { nextVersion, pickVersion, type VersionSummary } from './catalogue-version';

const version = (
  number: number,
  validFrom: string,
  fields: Partial<VersionSummary> = {},
): VersionSummary => ({
  number,
  status: 'PUBLISHED',
  validFrom,
  inForce: false,
  superseded: false,
  ...fields,
});

describe('pickVersion', () => {
  const versions = [
    version(3, '2027-06-01'),
    version(2, '2026-01-01', { inForce: true }),
    version(1, '2025-01-01', { superseded: true }),
  ];

  it('gives the version asked for, whatever its state, and none for an unknown number', () => {
    expect(pickVersion(versions, 1)?.number).toBe(1);
    expect(pickVersion(versions, 3)?.number).toBe(3);
    expect(pickVersion(versions, 9)).toBeNull();
  });

  it('gives the version in force today by default', () => {
    expect(pickVersion(versions, null)?.number).toBe(2);
  });

  it('gives none by default when only a version published ahead exists: it is not in force', () => {
    expect(pickVersion([version(1, '2027-01-01')], null)).toBeNull();
  });

  it('gives the version in force on a picked start date, never a draft, none before the first', () => {
    expect(pickVersion(versions, null, '2027-06-01')?.number).toBe(3);
    expect(pickVersion(versions, null, '2027-05-31')?.number).toBe(2);
    expect(pickVersion(versions, null, '2025-06-30')?.number).toBe(1);
    expect(pickVersion(versions, null, '2024-12-31')).toBeNull();
    expect(
      pickVersion([...versions, version(4, '2027-03-01', { status: 'DRAFT' })], null, '2027-04-01')?.number,
    ).toBe(2);
    expect(pickVersion(versions, 1, '2027-06-01')?.number).toBe(1);
  });
});

describe('nextVersion', () => {
  it('gives the published version that comes into force first, the highest number on a tie', () => {
    expect(
      nextVersion([
        version(4, '2028-01-01'),
        version(3, '2027-06-01'),
        version(5, '2027-06-01'),
        version(2, '2026-01-01', { inForce: true }),
        version(6, '2027-01-01', { status: 'DRAFT' }),
      ])?.number,
    ).toBe(5);
  });

  it('gives none when nothing is coming', () => {
    expect(nextVersion([version(2, '2026-01-01', { inForce: true })])).toBeNull();
    expect(nextVersion([version(1, '2025-01-01', { superseded: true })])).toBeNull();
  });
});
