import { describe, expect, it } from 'vitest';
import { configurationInputKey, normalizeConfigurationInput } from './configuration-input.js';

describe('normalizeConfigurationInput', () => {
  it('gives every field, absent ones as null, and nothing else', () => {
    const extra = { providerCode: 'EX-DK', unknown: 'dropped' } as { providerCode: string };
    expect(normalizeConfigurationInput(extra)).toEqual({
      providerCode: 'EX-DK',
      catalogueVersion: null,
      servicePackageCode: null,
      serviceCodes: null,
      serviceLevelCode: null,
      volumes: null,
      contractYears: null,
    });
  });

  it('copies the lists and keeps only driverCode and quantity of a volume', () => {
    const serviceCodes = ['PAYROLL'];
    const volume = { driverCode: 'PAYSLIPS', quantity: '1200.5', note: 'x' };
    const normalized = normalizeConfigurationInput({
      providerCode: 'EX-DK',
      catalogueVersion: 2,
      servicePackageCode: 'BASIS',
      serviceCodes,
      serviceLevelCode: 'GOLD',
      volumes: [volume],
      contractYears: 3,
    });
    expect(normalized).toEqual({
      providerCode: 'EX-DK',
      catalogueVersion: 2,
      servicePackageCode: 'BASIS',
      serviceCodes: ['PAYROLL'],
      serviceLevelCode: 'GOLD',
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1200.5' }],
      contractYears: 3,
    });
    expect(normalized.serviceCodes).not.toBe(serviceCodes);
    expect(Object.keys(normalized)).toEqual([
      'providerCode',
      'catalogueVersion',
      'servicePackageCode',
      'serviceCodes',
      'serviceLevelCode',
      'volumes',
      'contractYears',
    ]);
  });
});

describe('configurationInputKey', () => {
  it('is the same for an absent and a null field, and differs when a figure differs', () => {
    const base = { providerCode: 'EX-DK', volumes: [{ driverCode: 'PAYSLIPS', quantity: '100' }] };
    expect(configurationInputKey(base)).toBe(configurationInputKey({ ...base, contractYears: null }));
    expect(configurationInputKey(base)).not.toBe(
      configurationInputKey({ ...base, volumes: [{ driverCode: 'PAYSLIPS', quantity: '100.0' }] }),
    );
  });
});
