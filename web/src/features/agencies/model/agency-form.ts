import type {
  CreateAgencyInput,
  UpdateAgencyInput,
  VolumeInput,
} from '../../../lib/graphql/generated/graphql';
import type { AgencyDrivers, ManagedAgency } from '../api/agencies';
import { textProblems, type LocalProblem } from '../../../lib/manage/form-values';

/** An agency as its form keeps it: the texts as typed. */
export interface AgencyForm {
  name: string;
  country: string;
  organisationNumber: string;
  providerCode: string;
  /**
   * Driver code → default quantity as typed ("" or absent: no default). Kept by driver, so a
   * quantity stays with its driver when an administrator switches the agency to another centre.
   */
  defaultVolumes: Record<string, string>;
}

/** The form path of a driver's default quantity; the group of them all is at "defaultVolumes". */
export const defaultVolumePath = (driverCode: string) => `defaultVolumes.${driverCode}`;

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
    defaultVolumes: Object.fromEntries(
      (agency?.defaultVolumes ?? []).map((volume) => [volume.driverCode, volume.quantity]),
    ),
  };
}

/**
 * Only the name is checked here, under the shared text rules (which the API applies the same way);
 * the API knows every country's check digit and the rules of quantities, and answers at the
 * field, so the browser cannot disagree with it.
 *
 * `drivers`: the centre's catalogue in force as the form showed it. Only its drivers' quantities
 * are sent, in its order (a default for a driver it no longer has is dropped); none when it has
 * no catalogue in force (null); and while they are not known (undefined), the default volumes are
 * left out, so a save changes nothing about them.
 */
export function createAgencyInput(
  form: AgencyForm,
  drivers: AgencyDrivers | undefined,
): { input: CreateAgencyInput; problems: LocalProblem[] } {
  const input: CreateAgencyInput = {
    name: form.name.trim(),
    country: form.country,
    organisationNumber: form.organisationNumber.trim(),
    providerCode: form.providerCode,
  };
  if (drivers !== undefined) input.defaultVolumes = volumeInputs(form, drivers);
  return { input, problems: textProblems(form.name, 'name', 'name') };
}

function volumeInputs(form: AgencyForm, drivers: AgencyDrivers): VolumeInput[] {
  const volumes: VolumeInput[] = [];
  for (const { code } of drivers?.drivers ?? []) {
    const quantity = (form.defaultVolumes[code] ?? '').trim();
    if (quantity !== '') volumes.push({ driverCode: code, quantity });
  }
  return volumes;
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

const VOLUME_PATH = /^defaultVolumes\[(\d+)\]/;

/**
 * The API names a default volume by its place in the list sent ("defaultVolumes[2].quantity" under
 * "input"); the form by its driver ("defaultVolumes.PAYSLIPS"). Leads the one to the other, so a
 * refusal is shown at that driver's field; any other input path is the form's own name.
 */
export function agencyInputPath(sent: readonly VolumeInput[] | null | undefined) {
  return (path: string): string => {
    const index = VOLUME_PATH.exec(path)?.[1];
    const driverCode = index === undefined ? undefined : sent?.[Number(index)]?.driverCode;
    return driverCode ? defaultVolumePath(driverCode) : path;
  };
}
