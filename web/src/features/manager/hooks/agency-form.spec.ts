import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import type { AgencyDrivers } from '../api/agencies';
import { atDriverFields, createAgencyInput, type AgencyForm } from './agency-form';

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

describe('atDriverFields', () => {
  const sent = [
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'HOURS', quantity: '7.5' },
  ];
  const refusal = (field: string) =>
    new GraphQLRequestError('graphql', [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field } }]);
  const fieldOf = (error: unknown) => (error as GraphQLRequestError).errors[0].extensions?.field;

  it('names a volume by its driver instead of its place in the list sent', () => {
    expect(fieldOf(atDriverFields(refusal('input.defaultVolumes[1].quantity'), sent))).toBe(
      'input.defaultVolumes.HOURS',
    );
    expect(fieldOf(atDriverFields(refusal('input.defaultVolumes[0].driverCode'), sent))).toBe(
      'input.defaultVolumes.PAYSLIPS',
    );
  });

  it('leaves every other refusal as it is', () => {
    expect(fieldOf(atDriverFields(refusal('input.defaultVolumes'), sent))).toBe('input.defaultVolumes');
    expect(fieldOf(atDriverFields(refusal('input.organisationNumber'), sent))).toBe(
      'input.organisationNumber',
    );
    expect(fieldOf(atDriverFields(refusal('input.defaultVolumes[5].quantity'), sent))).toBe(
      'input.defaultVolumes[5].quantity',
    );
    const offline = new GraphQLRequestError('network');
    expect(atDriverFields(offline, sent)).toBe(offline);
    const conflict = new GraphQLRequestError('graphql', [
      { message: 'stale', extensions: { code: 'CONFLICT' } },
    ]);
    expect(atDriverFields(conflict, sent)).toBe(conflict);
  });
});
