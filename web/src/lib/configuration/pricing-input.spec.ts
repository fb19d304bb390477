import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '@servicekatalog/shared';
import { EXAMPLE_CATALOGUE } from '../../test/fixtures';
import { EMPTY_CONFIGURATION } from './configuration';
import { choosePackage } from './configuration-updates';
import { buildPricingRequest } from './pricing-input';

const catalogue = compileCatalogue(EXAMPLE_CATALOGUE, 1);

describe('from configuration to pricing input', () => {
  it('asks only for the volumes the selected services need, and keeps back unreadable ones', () => {
    const request = buildPricingRequest(
      {
        ...EMPTY_CONFIGURATION,
        servicePackageCode: 'BASIS',
        serviceCodes: ['ACC'],
        volumes: { PAYSLIPS: '1 200', INVOICES_IN: 'many', HOURS: '5' },
      },
      catalogue,
      'nb',
    );
    expect(request.selected).toEqual(['PAY-BASE', 'PAY-RUN', 'ACC']);
    expect(request.volumeFields.map((field) => [field.driverCode, field.problem, field.included])).toEqual([
      ['PAYSLIPS', null, '10'],
      ['INVOICES_IN', 'notNumber', null],
    ]);
    expect(request.input).toEqual({
      providerCode: 'EX-DK',
      catalogueVersion: 1,
      servicePackageCode: 'BASIS',
      serviceCodes: ['ACC'],
      serviceLevelCode: null,
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '1200' }],
      contractYears: 1,
    });
  });

  it('needs a driver only from the contract year its component starts', () => {
    const one = buildPricingRequest({ ...EMPTY_CONFIGURATION, serviceCodes: ['CONSULT'] }, catalogue, 'en');
    expect(one.volumeFields).toEqual([]);
    const two = buildPricingRequest(
      { ...EMPTY_CONFIGURATION, serviceCodes: ['CONSULT'], contractYears: 2 },
      catalogue,
      'en',
    );
    expect(two.volumeFields.map((field) => field.driverCode)).toEqual(['HOURS']);
  });

  it('leaves out codes this catalogue version does not have, and says which', () => {
    const request = buildPricingRequest(
      {
        ...EMPTY_CONFIGURATION,
        servicePackageCode: 'GONE',
        serviceCodes: ['ACC', 'OLD'],
        serviceLevelCode: 'GOLD',
      },
      catalogue,
      'en',
    );
    expect(request.unknownCodes).toEqual(['GONE', 'OLD', 'GOLD']);
    expect(request.input).toMatchObject({
      servicePackageCode: null,
      serviceCodes: ['ACC'],
      serviceLevelCode: null,
    });
  });

  it('choosing a package drops extras it contains or does not allow', () => {
    const next = choosePackage(
      { ...EMPTY_CONFIGURATION, serviceCodes: ['PAY-RUN', 'SCAN', 'CONSULT', 'ACC'] },
      'BASIS',
      catalogue,
    );
    expect(next.serviceCodes).toEqual(['CONSULT', 'ACC']);
    expect(choosePackage(next, null, catalogue).serviceCodes).toEqual(['CONSULT', 'ACC']);
  });
});
