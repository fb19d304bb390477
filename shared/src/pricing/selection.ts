/**
 * DESIGN pricing rule 1: which services are selected, in which order, and which service level applies.
 */
import type {
  CompiledPackageItem,
  CompiledService,
  CompiledServiceLevel,
  PricingCatalogue,
} from './compile.js';
import type { ResolvedInput } from './input.js';

/** A selected service, with its package item when it is one. */
export interface SelectedService {
  service: CompiledService;
  /** The package item, which brings the discount and included quantities; null for an extra. */
  item: CompiledPackageItem | null;
}

/** The selected services in selection order, and where each code stands in it. */
export interface Selection {
  services: SelectedService[];
  /** Service code → index in `services`. */
  positions: Map<string, number>;
}

/**
 * Package items in package order, then extra codes in the given order. A code given twice, or both
 * in the package and as an extra, counts once — as a package item when it is one.
 */
export function selectServices(catalogue: PricingCatalogue, input: ResolvedInput): Selection {
  const selection: Selection = { services: [], positions: new Map() };
  for (const item of input.servicePackage?.items ?? []) addOnce(catalogue, selection, item.serviceCode, item);
  for (const code of input.serviceCodes) addOnce(catalogue, selection, code, null);
  return selection;
}

function addOnce(
  catalogue: PricingCatalogue,
  { services, positions }: Selection,
  code: string,
  item: CompiledPackageItem | null,
): void {
  const service = catalogue.services.get(code);
  if (positions.has(code) || !service) return;
  positions.set(code, services.length);
  services.push({ service, item });
}

/**
 * The level asked for, else the package's, else the one with the smallest rank; null when the
 * version has no levels (then nothing is surcharged).
 */
export function chooseServiceLevel(
  catalogue: PricingCatalogue,
  input: ResolvedInput,
): CompiledServiceLevel | null {
  if (input.serviceLevel) return input.serviceLevel;
  const packageLevelCode = input.servicePackage?.serviceLevelCode;
  const packageLevel = packageLevelCode == null ? undefined : catalogue.serviceLevels.get(packageLevelCode);
  return packageLevel ?? catalogue.defaultServiceLevel;
}
