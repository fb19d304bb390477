/**
 * DESIGN pricing rule 4: what is wrong with a configuration that can still be priced. Issues come
 * per service in selection order, each carrying the codes a client needs for a one-click fix.
 */
import { englishText, type CompiledLimit, type CompiledPackage, type PricingCatalogue } from './compile.js';
import type { Quantity } from './input.js';
import type { SelectedService, Selection } from './selection.js';
import type { ConfigurationIssue } from './types.js';

/** What the issue checks need besides the selection. */
export interface IssueContext {
  catalogue: PricingCatalogue;
  servicePackage: CompiledPackage | null;
  volumes: ReadonlyMap<string, Quantity>;
  contractYears: number;
}

/** Every issue of the selection, per service in selection order. */
export function findIssues(context: IssueContext, selection: Selection): ConfigurationIssue[] {
  // Checks push into one list: no intermediate arrays on a path that runs on every keystroke.
  const issues: ConfigurationIssue[] = [];
  if (context.servicePackage === null && selection.services.length === 0) {
    issues.push({
      code: 'NOTHING_SELECTED',
      severity: 'ERROR',
      serviceCode: null,
      message: 'Choose a service package or at least one service',
    });
  }
  for (let position = 0; position < selection.services.length; position++) {
    const selected = selection.services[position];
    addOnIssue(context, selected, issues);
    dependencyIssues(context, selected, selection.positions, issues);
    exclusionIssues(context, selection, position, issues);
    missingVolumeIssues(context, selected, issues);
    rangeIssues(context, selected, issues);
    deprecationIssue(context, selected, issues);
  }
  return issues;
}

/** An extra ADDON outside the package's allowed add-ons; never without a package, never for CORE. */
function addOnIssue(
  context: IssueContext,
  { service, item }: SelectedService,
  issues: ConfigurationIssue[],
): void {
  const servicePackage = context.servicePackage;
  if (!servicePackage || item !== null || service.kind !== 'ADDON') return;
  if (servicePackage.allowedAddOns === null || servicePackage.allowedAddOns.has(service.code)) return;
  issues.push({
    code: 'ADDON_NOT_ALLOWED',
    severity: 'ERROR',
    serviceCode: service.code,
    servicePackageCode: servicePackage.code,
    message: `The add-on ${describeService(context, service.code)} is not available with the service package ${servicePackage.code}`,
  });
}

/** One issue per `requires` group of which nothing is selected. */
function dependencyIssues(
  context: IssueContext,
  { service }: SelectedService,
  positions: ReadonlyMap<string, number>,
  issues: ConfigurationIssue[],
): void {
  for (const group of service.requires) {
    if (anySelected(group, positions)) continue;
    const names = group.map((code) => describeService(context, code)).join(', ');
    issues.push({
      code: 'MISSING_DEPENDENCY',
      severity: 'ERROR',
      serviceCode: service.code,
      requiredAnyOf: [...group],
      message: `${describeService(context, service.code)} requires ${group.length > 1 ? 'one of ' : ''}${names}`,
    });
  }
}

function anySelected(group: readonly string[], positions: ReadonlyMap<string, number>): boolean {
  for (const code of group) if (positions.has(code)) return true;
  return false;
}

/**
 * One issue per selected pair where one excludes the other, on the service that lists the exclusion
 * — on the one first in selection order when both do.
 */
function exclusionIssues(
  context: IssueContext,
  { services, positions }: Selection,
  position: number,
  issues: ConfigurationIssue[],
): void {
  const service = services[position].service;
  for (let index = 0; index < service.excludes.length; index++) {
    const other = service.excludes[index];
    const otherPosition = positions.get(other);
    if (otherPosition === undefined || otherPosition === position) continue;
    // Reported already: by the other service, earlier in the selection, or by a repeat in this list.
    if (otherPosition < position && services[otherPosition].service.excludes.includes(service.code)) continue;
    if (service.excludes.indexOf(other) !== index) continue;
    issues.push({
      code: 'EXCLUDED_COMBINATION',
      severity: 'ERROR',
      serviceCode: service.code,
      otherServiceCode: other,
      message: `${describeService(context, service.code)} cannot be combined with ${describeService(context, other)}`,
    });
  }
}

/** One MISSING_VOLUME per driver that a line within the contract or a limit of the service needs. */
function missingVolumeIssues(
  context: IssueContext,
  { service }: SelectedService,
  issues: ConfigurationIssue[],
): void {
  for (const { driverCode, fromYear } of service.volumeDrivers) {
    if (fromYear > context.contractYears || context.volumes.has(driverCode)) continue;
    issues.push({
      code: 'MISSING_VOLUME',
      severity: 'ERROR',
      serviceCode: service.code,
      driverCode,
      message: `${describeService(context, service.code)} needs a volume for ${describeDriver(context, driverCode)}`,
    });
  }
}

/** VOLUME_OUT_OF_RANGE per limit the given quantity breaks. */
function rangeIssues(
  context: IssueContext,
  { service }: SelectedService,
  issues: ConfigurationIssue[],
): void {
  for (const limit of service.limits) {
    const quantity = context.volumes.get(limit.driverCode);
    if (quantity === undefined) continue;
    const bound = brokenBound(limit, quantity);
    if (bound === null) continue;
    issues.push({
      code: 'VOLUME_OUT_OF_RANGE',
      severity: 'ERROR',
      serviceCode: service.code,
      driverCode: limit.driverCode,
      quantity: quantity.text,
      min: limit.min?.text ?? null,
      max: limit.max?.text ?? null,
      message: `${describeService(context, service.code)} takes ${bound} for ${describeDriver(context, limit.driverCode)}; ${quantity.text} was given`,
    });
  }
}

/** Limits are inclusive and compare the raw quantity, before anything included is deducted. */
function brokenBound(limit: CompiledLimit, quantity: Quantity): string | null {
  if (limit.min !== null && quantity.value.lt(limit.min.value)) return `at least ${limit.min.text}`;
  if (limit.max !== null && quantity.value.gt(limit.max.value)) return `at most ${limit.max.text}`;
  return null;
}

function deprecationIssue(
  context: IssueContext,
  { service }: SelectedService,
  issues: ConfigurationIssue[],
): void {
  if (service.status !== 'DEPRECATED') return;
  issues.push({
    code: 'DEPRECATED_SERVICE',
    severity: 'WARNING',
    serviceCode: service.code,
    message: `${describeService(context, service.code)} is being phased out by the centre`,
  });
}

function describeService(context: IssueContext, code: string): string {
  const service = context.catalogue.services.get(code);
  return service ? `${englishText(service.name)} (${code})` : code;
}

function describeDriver(context: IssueContext, code: string): string {
  const driver = context.catalogue.drivers.get(code);
  return driver ? `${englishText(driver.name)} (${code})` : code;
}
