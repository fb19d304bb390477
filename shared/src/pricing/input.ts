/**
 * Checks a configuration input against DESIGN pricing rule 5 and resolves its codes against the
 * compiled catalogue. Bad input is collected field by field, in input order, and thrown as one
 * {@link PricingInputError}: nothing is priced.
 */
import { Decimal } from '../money/decimal.js';
import type { CompiledPackage, CompiledServiceLevel, PricingCatalogue } from './compile.js';
import { PricingInputError, type PricingInputCode, type PricingInputProblem } from './pricing-input.error.js';
import type { ConfigurationInput, VolumeInput } from './types.js';

/** DESIGN: quantities have at most 6 decimals. */
const MAX_QUANTITY_DECIMALS = 6;
const MAX_CONTRACT_YEARS = 10;

/** A quantity from the input: its value and its normalized text, written once for every line. */
export interface Quantity {
  value: Decimal;
  text: string;
}

/** A checked input: every code exists, every quantity is a parsed non-negative decimal. */
export interface ResolvedInput {
  servicePackage: CompiledPackage | null;
  /** Extra service codes, in the order given (may repeat; selection removes duplicates). */
  serviceCodes: readonly string[];
  /** The level asked for explicitly; null when none was. */
  serviceLevel: CompiledServiceLevel | null;
  volumes: ReadonlyMap<string, Quantity>;
  contractYears: number;
}

/**
 * Validates `input` against `catalogue`.
 * @throws PricingInputError listing every bad field, in input order.
 */
export function resolveInput(catalogue: PricingCatalogue, input: ConfigurationInput): ResolvedInput {
  // Problems are collected by pushing into one list (no closures: this runs on every keystroke).
  const problems: PricingInputProblem[] = [];
  checkProviderAndVersion(catalogue, input, problems);
  const resolved: ResolvedInput = {
    servicePackage: resolvePackage(catalogue, input.servicePackageCode, problems),
    serviceCodes: resolveServiceCodes(catalogue, input.serviceCodes ?? [], problems),
    serviceLevel: resolveServiceLevel(catalogue, input.serviceLevelCode, problems),
    volumes: resolveVolumes(catalogue, input.volumes ?? [], problems),
    contractYears: resolveContractYears(input.contractYears, problems),
  };
  if (problems.length > 0) throw new PricingInputError(problems);
  return resolved;
}

function checkProviderAndVersion(
  catalogue: PricingCatalogue,
  input: ConfigurationInput,
  problems: PricingInputProblem[],
): void {
  if (input.providerCode !== catalogue.providerCode) {
    problems.push({
      field: 'providerCode',
      code: 'PROVIDER_MISMATCH',
      params: { given: asGiven(input.providerCode), expected: catalogue.providerCode },
      message: `Provider ${quote(input.providerCode)} does not match the catalogue's provider "${catalogue.providerCode}"`,
    });
  }
  const version = input.catalogueVersion;
  if (version != null && version !== catalogue.catalogueVersion) {
    problems.push({
      field: 'catalogueVersion',
      code: 'VERSION_MISMATCH',
      params: { given: asGiven(version), expected: catalogue.catalogueVersion },
      message: `Catalogue version ${quote(version)} does not match the catalogue being priced (version ${catalogue.catalogueVersion})`,
    });
  }
}

function resolvePackage(
  catalogue: PricingCatalogue,
  code: string | null | undefined,
  problems: PricingInputProblem[],
): CompiledPackage | null {
  if (code == null) return null;
  const found = catalogue.servicePackages.get(code);
  if (!found)
    problems.push(unknownCode('servicePackageCode', 'UNKNOWN_SERVICE_PACKAGE', 'service package', code));
  return found ?? null;
}

function resolveServiceCodes(
  catalogue: PricingCatalogue,
  codes: readonly string[],
  problems: PricingInputProblem[],
): readonly string[] {
  for (let i = 0; i < codes.length; i++) {
    if (catalogue.services.has(codes[i])) continue;
    problems.push(unknownCode(`serviceCodes[${i}]`, 'UNKNOWN_SERVICE', 'service', codes[i]));
  }
  return codes;
}

function resolveServiceLevel(
  catalogue: PricingCatalogue,
  code: string | null | undefined,
  problems: PricingInputProblem[],
): CompiledServiceLevel | null {
  if (code == null) return null;
  const found = catalogue.serviceLevels.get(code);
  if (!found) problems.push(unknownCode('serviceLevelCode', 'UNKNOWN_SERVICE_LEVEL', 'service level', code));
  return found ?? null;
}

/** Each volume's driver must exist and appear once; its quantity must be a valid quantity. */
function resolveVolumes(
  catalogue: PricingCatalogue,
  volumes: readonly VolumeInput[],
  problems: PricingInputProblem[],
): Map<string, Quantity> {
  const resolved = new Map<string, Quantity>();
  for (let i = 0; i < volumes.length; i++) {
    const code = volumes[i].driverCode;
    const driverProblem = checkDriver(catalogue, volumes, i);
    if (driverProblem) problems.push(driverProblem);
    const integer = catalogue.drivers.get(code)?.integer ?? false;
    const quantity = parseQuantity(volumes[i].quantity, integer);
    if ('rest' in quantity) {
      problems.push({
        field: `volumes[${i}].quantity`,
        code: quantity.code,
        params: { driverCode: asGiven(code), quantity: asGiven(volumes[i].quantity), ...quantity.params },
        message: `${describeQuantity(volumes[i])} ${quantity.rest}`,
      });
    } else if (!driverProblem) {
      resolved.set(code, quantity);
    }
  }
  return resolved;
}

/** The problem with the driver code of `volumes[index]` — unknown, or given before — or null. */
function checkDriver(
  catalogue: PricingCatalogue,
  volumes: readonly VolumeInput[],
  index: number,
): PricingInputProblem | null {
  const code = volumes[index].driverCode;
  // The field's path is written only for a problem: this runs for every volume on every keystroke.
  if (!catalogue.drivers.has(code)) {
    return unknownCode(`volumes[${index}].driverCode`, 'UNKNOWN_DRIVER', 'driver', code);
  }
  for (let earlier = 0; earlier < index; earlier++) {
    if (volumes[earlier].driverCode === code) {
      return {
        field: `volumes[${index}].driverCode`,
        code: 'DRIVER_GIVEN_TWICE',
        params: { code, earlier: `volumes[${earlier}]` },
        message: `Driver "${code}" is given twice (also at volumes[${earlier}])`,
      };
    }
  }
  return null;
}

/** What is wrong with a quantity: its code, its own params, and the end of the English sentence. */
interface QuantityProblem {
  code: PricingInputCode;
  params?: Readonly<Record<string, number>>;
  rest: string;
}

const NOT_PLAIN: QuantityProblem = {
  code: 'NOT_A_QUANTITY',
  rest: 'is not a plain decimal number (digits with an optional decimal point)',
};
const NEGATIVE: QuantityProblem = { code: 'NEGATIVE_QUANTITY', rest: 'must not be negative' };
const TOO_PRECISE: QuantityProblem = {
  code: 'TOO_MANY_DECIMALS',
  params: { max: MAX_QUANTITY_DECIMALS },
  rest: `has more than ${MAX_QUANTITY_DECIMALS} decimals`,
};
const NOT_WHOLE: QuantityProblem = {
  code: 'NOT_WHOLE',
  rest: 'must be a whole number: the driver counts whole units',
};

/** The parsed quantity, or what is wrong with it. */
function parseQuantity(text: unknown, integer: boolean): Quantity | QuantityProblem {
  // Decimal.isPlain accepts a leading minus; a quantity has no sign at all.
  if (!Decimal.isPlain(text)) return NOT_PLAIN;
  if (text.startsWith('-')) return NEGATIVE;
  // A whole number as usually typed ("600") is its own normalized text; skip the general parse.
  if (isCanonicalWhole(text)) return { value: Decimal.fromUnits(BigInt(text), 0), text };
  // Trailing zeros do not count as decimals: "1.50000000" is 1.5.
  const value = Decimal.parse(text).normalize();
  if (value.scale > MAX_QUANTITY_DECIMALS) return TOO_PRECISE;
  if (integer && !value.isInteger()) return NOT_WHOLE;
  return { value, text: value.toString() };
}

/** Plain digits without a point or leading zeros: written exactly as its normalized value. */
function isCanonicalWhole(text: string): boolean {
  return !text.includes('.') && (text.length === 1 || !text.startsWith('0'));
}

function describeQuantity(volume: VolumeInput): string {
  return `Quantity ${quote(volume.quantity)} for ${quote(volume.driverCode)}`;
}

function resolveContractYears(years: number | null | undefined, problems: PricingInputProblem[]): number {
  if (years == null) return 1;
  if (!Number.isInteger(years) || years < 1 || years > MAX_CONTRACT_YEARS) {
    problems.push({
      field: 'contractYears',
      code: 'CONTRACT_YEARS_RANGE',
      params: { given: asGiven(years), min: 1, max: MAX_CONTRACT_YEARS },
      message: `Contract years must be a whole number from 1 to ${MAX_CONTRACT_YEARS}, got ${quote(years)}`,
    });
  }
  return years;
}

/** A code of the input that names nothing of its kind (`noun`) in the catalogue. */
function unknownCode(
  field: string,
  code: PricingInputCode,
  noun: string,
  given: unknown,
): PricingInputProblem {
  return { field, code, params: { code: asGiven(given) }, message: `Unknown ${noun} ${quote(given)}` };
}

/** A value from the input as a param: a string as it is, anything else as JSON (input may be untyped). */
function asGiven(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Quotes a value from the input for a message, whatever its type (input may come from untyped JSON). */
function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
