import { Decimal } from '@servicekatalog/shared';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';

/** What ranking needs of one compared configuration. */
export interface Rankable {
  request: PricingRequest;
  /** The engine's verdict; null when it could not price the configuration. */
  valid: boolean | null;
}

/** Why the figures are shown without "Lowest": DESIGN "Centres side by side", compare. */
export type NotRanked =
  'fewerThanTwo' | 'incomplete' | 'centres' | 'volumes' | 'contractYears' | 'startDate' | 'categories';

export interface Ranking {
  /** Per configuration: takes part in "Lowest" and "… more". */
  ranked: boolean[];
  /**
   * Why nothing is ranked; null when the complete configurations are ranked. 'centres': several
   * centres, never ranked against each other (each centre's own may be, among themselves).
   */
  notRanked: NotRanked | null;
}

/**
 * "Lowest" only among complete, valid configurations of the same centre with the same volumes,
 * contract years and start date whose selected services cover the same categories. When the
 * complete ones differ in any of these, none is ranked — a cheaper price for less is not "lowest".
 * Configurations of different centres are shown side by side (converted) and never ranked against
 * each other: each centre's own are ranked among themselves by the same rules.
 */
export function rankConfigurations(
  compared: readonly Rankable[],
  categoryOf: (serviceCode: string, providerCode: string) => string | null,
): Ranking {
  const centres = [...new Set(compared.map((c) => c.request.input.providerCode))];
  if (centres.length === 1) return rankWithinCentre(compared, categoryOf);
  const ranked = compared.map(() => false);
  for (const centre of centres) {
    const members = compared.flatMap((c, i) => (c.request.input.providerCode === centre ? [i] : []));
    const within = rankWithinCentre(
      members.map((i) => compared[i]),
      categoryOf,
    );
    members.forEach((i, k) => (ranked[i] = within.ranked[k]));
  }
  return { ranked, notRanked: 'centres' };
}

function rankWithinCentre(
  compared: readonly Rankable[],
  categoryOf: (serviceCode: string, providerCode: string) => string | null,
): Ranking {
  const complete = compared.map(
    (c) =>
      c.valid === true &&
      c.request.unknownCodes.length === 0 &&
      c.request.startDateProblem === null &&
      c.request.volumeFields.every((field) => field.problem === null),
  );
  const candidates = compared.filter((_, i) => complete[i]);
  const none = (notRanked: NotRanked): Ranking => ({ ranked: compared.map(() => false), notRanked });
  if (candidates.length < 2) return none(compared.length < 2 ? 'fewerThanTwo' : 'incomplete');
  const [first, ...rest] = candidates.map((c) => facts(c.request, categoryOf));
  for (const key of ['volumes', 'contractYears', 'startDate', 'categories'] as const) {
    if (rest.some((other) => other[key] !== first[key])) return none(key);
  }
  return { ranked: complete, notRanked: null };
}

/** The facts two configurations must share to be ranked, each as a comparable string. */
function facts(
  request: PricingRequest,
  categoryOf: (serviceCode: string, providerCode: string) => string | null,
) {
  const volumes = (request.input.volumes ?? [])
    .map((volume) => `${volume.driverCode}=${Decimal.parse(volume.quantity).normalize().toString()}`)
    .sort()
    .join(';');
  const categories = [
    ...new Set(
      request.selected.map((code) => categoryOf(code, request.input.providerCode) ?? `service:${code}`),
    ),
  ]
    .sort()
    .join(';');
  const startDate = request.input.startDate ?? '';
  return { volumes, contractYears: String(request.input.contractYears ?? 1), startDate, categories };
}
