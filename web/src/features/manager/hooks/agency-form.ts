import type { CreateAgencyInput, UpdateAgencyInput } from '../../../lib/graphql/generated/graphql';
import type { ManagedAgency } from '../api/agencies';
import type { LocalProblem } from './form-values';

/** An agency as its form keeps it: the texts as typed. */
export interface AgencyForm {
  name: string;
  country: string;
  organisationNumber: string;
  providerCode: string;
}

/** The form for an agency that exists, or a new one of `providerCode` in `country` (either may be ""). */
export function agencyForm(
  agency: ManagedAgency | null,
  defaults: { providerCode: string; country: string },
): AgencyForm {
  return {
    name: agency?.name ?? '',
    country: agency?.country ?? defaults.country,
    organisationNumber: agency?.organisationNumber ?? '',
    providerCode: agency?.providerCode ?? defaults.providerCode,
  };
}

/**
 * Nothing is checked here: the API knows every country's check digit and answers at the field,
 * so the browser cannot disagree with it.
 */
export function createAgencyInput(form: AgencyForm): { input: CreateAgencyInput; problems: LocalProblem[] } {
  return {
    input: {
      name: form.name.trim(),
      country: form.country,
      organisationNumber: form.organisationNumber.trim(),
      providerCode: form.providerCode,
    },
    problems: [],
  };
}

/**
 * The changes to send. The centre only when the editor may move the agency (administrators):
 * an account manager's update leaves it out, so it stays as it is.
 */
export function agencyChanges(input: CreateAgencyInput, mayMove: boolean): UpdateAgencyInput {
  if (mayMove) return input;
  const { providerCode: _centre, ...rest } = input;
  return rest;
}
