import { describe, expect, it } from 'vitest';
import type { AgencyDrivers } from '../api/agencies';
import { agencyInputPath, createAgencyInput, type AgencyForm } from './agency-form';
import { formErrors } from '../../../lib/manage/form-errors';

const FORM: AgencyForm = {
  name: ' Testmyndigheden ',
  country: 'DK',
  organisationNumber: '10150817',
  providerCode: 'EX-DK',
  defaultVolumes: { HOURS: ' 7.5 ', PAYSLIPS: '600', INVOICES_IN: '', TRAVEL_CLAIMS: '5' },
};

const driver = (code: string) => ({ code, nameTranslations: {}, unitTranslations: {}, integer: true });
const DRIVERS: AgencyDrivers = { number: 1, drivers: ['PAYSLIPS', 'INVOICES_IN', 'HOURS'].map(driver) };

describe('createAgencyInput: default volumes', () => {
  it('sends the typed quantities of the drivers shown, in catalogue order, trimmed; empty ones are no default', () => {
    expect(createAgencyInput(FORM, DRIVERS).input.defaultVolumes).toEqual([
      { driverCode: 'PAYSLIPS', quantity: '600' },
      { driverCode: 'HOURS', quantity: '7.5' },
    ]);
  });

  it('sends none for a centre without a catalogue in force, and leaves them out while the drivers are unknown', () => {
    expect(createAgencyInput(FORM, null).input.defaultVolumes).toEqual([]);
    expect('defaultVolumes' in createAgencyInput(FORM, undefined).input).toBe(false);
  });
});

describe('agencyInputPath', () => {
  const sent = [
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'HOURS', quantity: '7.5' },
  ];
  const pathOf = agencyInputPath(sent);

  it('names a volume by its driver instead of its place in the list sent', () => {
    expect(pathOf('defaultVolumes[1].quantity')).toBe('defaultVolumes.HOURS');
    expect(pathOf('defaultVolumes[0].driverCode')).toBe('defaultVolumes.PAYSLIPS');
  });

  it('leaves every other path as it is', () => {
    expect(pathOf('defaultVolumes')).toBe('defaultVolumes');
    expect(pathOf('organisationNumber')).toBe('organisationNumber');
    expect(pathOf('defaultVolumes[5].quantity')).toBe('defaultVolumes[5].quantity');
    expect(agencyInputPath(undefined)('defaultVolumes[0].quantity')).toBe('defaultVolumes[0].quantity');
  });

  it("leads a refusal of the form to the driver's field through the shared mapping", () => {
    const failure = {
      kind: 'invalid' as const,
      problems: [],
      field: 'input.defaultVolumes[1].quantity',
      message: 'bad',
    };
    const mapping = { prefix: '', formPath: (path: string) => path, inputPath: pathOf };
    expect(formErrors(failure, mapping)).toEqual([
      { path: 'defaultVolumes.HOURS', message: 'bad', lang: 'en' },
    ]);
    expect(formErrors({ ...failure, field: 'input.organisationNumber' }, mapping)).toEqual([
      { path: 'organisationNumber', message: 'bad', lang: 'en' },
    ]);
  });
});
