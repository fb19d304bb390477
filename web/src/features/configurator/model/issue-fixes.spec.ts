import { describe, expect, it } from 'vitest';
import type { ConfigurationIssue } from '@servicekatalog/shared';
import { fixFor } from './issue-fixes';

const base = { severity: 'ERROR' as const, message: '' };

describe('one-click fixes for issues', () => {
  it('MISSING_DEPENDENCY adds the first service that satisfies the requirement', () => {
    const issue: ConfigurationIssue = {
      ...base,
      code: 'MISSING_DEPENDENCY',
      serviceCode: 'SCAN',
      requiredAnyOf: ['ACC', 'ACC-LIGHT'],
    };
    expect(fixFor(issue, ['SCAN'])).toEqual({ kind: 'addService', serviceCode: 'ACC' });
  });

  it('EXCLUDED_COMBINATION removes the extra, never a package item', () => {
    const issue: ConfigurationIssue = {
      ...base,
      code: 'EXCLUDED_COMBINATION',
      serviceCode: 'PAY-BASIS',
      otherServiceCode: 'PAY-DEL',
    };
    expect(fixFor(issue, ['PAY-DEL'])).toEqual({ kind: 'removeService', serviceCode: 'PAY-DEL' });
    expect(fixFor({ ...issue, serviceCode: 'PAY-DEL', otherServiceCode: 'PAY-BASIS' }, ['PAY-DEL'])).toEqual({
      kind: 'removeService',
      serviceCode: 'PAY-DEL',
    });
    expect(fixFor(issue, [])).toBeNull();
  });

  it('EXCLUDED_COMBINATION between two extras removes the later pick', () => {
    const issue: ConfigurationIssue = {
      ...base,
      code: 'EXCLUDED_COMBINATION',
      serviceCode: 'A',
      otherServiceCode: 'B',
    };
    expect(fixFor(issue, ['A', 'B'])).toEqual({ kind: 'removeService', serviceCode: 'B' });
  });

  it('MISSING_VOLUME and VOLUME_OUT_OF_RANGE go to the volume field', () => {
    const missing: ConfigurationIssue = {
      ...base,
      code: 'MISSING_VOLUME',
      serviceCode: 'PAY',
      driverCode: 'PAYSLIPS',
    };
    expect(fixFor(missing, [])).toEqual({ kind: 'focusVolume', driverCode: 'PAYSLIPS' });
    const range: ConfigurationIssue = {
      ...base,
      code: 'VOLUME_OUT_OF_RANGE',
      serviceCode: 'PAY',
      driverCode: 'PAYSLIPS',
      quantity: '0',
      min: '1',
      max: null,
    };
    expect(fixFor(range, [])).toEqual({ kind: 'focusVolume', driverCode: 'PAYSLIPS' });
  });

  it('ADDON_NOT_ALLOWED and DEPRECATED_SERVICE remove the picked add-on', () => {
    const notAllowed: ConfigurationIssue = {
      ...base,
      code: 'ADDON_NOT_ALLOWED',
      serviceCode: 'SCAN',
      servicePackageCode: 'BASIS',
    };
    expect(fixFor(notAllowed, ['SCAN'])).toEqual({ kind: 'removeService', serviceCode: 'SCAN' });
    const deprecated: ConfigurationIssue = {
      ...base,
      severity: 'WARNING',
      code: 'DEPRECATED_SERVICE',
      serviceCode: 'OLD',
    };
    expect(fixFor(deprecated, ['OLD'])).toEqual({ kind: 'removeService', serviceCode: 'OLD' });
    expect(fixFor(deprecated, [])).toBeNull();
  });
});
