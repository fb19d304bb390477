import type { ConfigurationInput, PricingCatalogue, VolumeInput } from '@servicekatalog/shared';
import type { Configuration } from './configuration';
import { parseQuantity, type QuantityProblem } from './quantity';
import { localToday, startDateProblem, type StartDateProblem } from './start-date';

/** A volume the current selection needs, with what was typed and whether it can be used. */
export interface VolumeField {
  driverCode: string;
  integer: boolean;
  text: string;
  problem: QuantityProblem | null;
  /** The package's included quantity of this driver, summed over items (for the field's hint). */
  included: string | null;
}

/** What the engine and the API are asked, and what the form needs to show around it. */
export interface PricingRequest {
  input: ConfigurationInput;
  /** Selected services: package items first, then extras, each once. */
  selected: string[];
  /** Codes from the address that this catalogue version does not have (left out). */
  unknownCodes: string[];
  volumeFields: VolumeField[];
  /** Why the picked start date cannot be used (it is then left out); null when it can or none was picked. */
  startDateProblem: StartDateProblem | null;
}

/**
 * Turns a configuration into an engine/API input against one catalogue version: unknown codes are
 * left out (and reported), only the volumes the selected services need are sent (read with the
 * interface `language`'s separators, sent as plain decimals), and a volume that cannot be read is
 * kept back and reported at its field instead. A start date is sent only when one was picked and it
 * lies within DESIGN's bounds (seen from `today`, the user's own calendar day).
 */
export function buildPricingRequest(
  configuration: Configuration,
  catalogue: PricingCatalogue,
  language: string,
  today: string = localToday(),
): PricingRequest {
  const unknownCodes: string[] = [];
  const known = <T>(code: string | null, map: ReadonlyMap<string, T>): string | null => {
    if (code === null || map.has(code)) return code;
    unknownCodes.push(code);
    return null;
  };
  const packageCode = known(configuration.servicePackageCode, catalogue.servicePackages);
  const servicePackage = packageCode ? catalogue.servicePackages.get(packageCode) : undefined;
  const items = servicePackage?.items.map((item) => item.serviceCode) ?? [];
  const extras = configuration.serviceCodes.filter(
    (code) => known(code, catalogue.services) !== null && !items.includes(code),
  );
  const selected = [...items, ...extras];
  const volumeFields = neededVolumes(selected, configuration, catalogue);
  const volumes: VolumeInput[] = [];
  for (const field of volumeFields) {
    const parsed = parseQuantity(field.text, field.integer, language);
    if (parsed && 'quantity' in parsed)
      volumes.push({ driverCode: field.driverCode, quantity: parsed.quantity });
    field.problem = parsed && 'problem' in parsed ? parsed.problem : null;
  }
  const input: ConfigurationInput = {
    providerCode: catalogue.providerCode,
    catalogueVersion: catalogue.catalogueVersion,
    servicePackageCode: packageCode,
    serviceCodes: extras,
    serviceLevelCode: known(configuration.serviceLevelCode, catalogue.serviceLevels),
    volumes,
    contractYears: configuration.contractYears,
  };
  const startProblem = configuration.startDate ? startDateProblem(configuration.startDate, today) : null;
  if (configuration.startDate && startProblem === null) input.startDate = configuration.startDate;
  return { input, selected, unknownCodes, volumeFields, startDateProblem: startProblem };
}

/** The drivers the selected services count in during the contract, in catalogue order. */
function neededVolumes(
  selected: readonly string[],
  configuration: Configuration,
  catalogue: PricingCatalogue,
): VolumeField[] {
  const needed = new Set<string>();
  for (const code of selected) {
    for (const { driverCode, fromYear } of catalogue.services.get(code)?.volumeDrivers ?? []) {
      if (fromYear <= configuration.contractYears) needed.add(driverCode);
    }
  }
  const servicePackage = configuration.servicePackageCode
    ? catalogue.servicePackages.get(configuration.servicePackageCode)
    : undefined;
  return [...catalogue.drivers.values()]
    .filter((driver) => needed.has(driver.code))
    .map((driver) => ({
      driverCode: driver.code,
      integer: driver.integer,
      text: configuration.volumes[driver.code] ?? '',
      problem: null,
      included: includedQuantity(servicePackage?.items ?? [], driver.code),
    }));
}

function includedQuantity(
  items: readonly { included: ReadonlyMap<string, { text: string }> }[],
  driverCode: string,
): string | null {
  const texts = items
    .map((item) => item.included.get(driverCode)?.text)
    .filter((text): text is string => text !== undefined);
  return texts.length === 1 ? texts[0] : null;
}
