import type { PricingCatalogue } from '@servicekatalog/shared';
import type { VersionSummary } from '../../../lib/catalogue-version';
import type { Configuration } from '../../../lib/configuration/configuration';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import { localToday, startDateProblem } from '../../../lib/configuration/start-date';
import { columnLetter } from './columns';

/** A centre's catalogue, ready to make and price configurations. */
export interface ComparedCentre {
  code: string;
  catalogue: ConfigurationCatalogue;
  pricing: PricingCatalogue;
  version: VersionSummary;
}

/** One configuration of the comparison with its centre. */
export interface ComparedEntry {
  /** Its place in the comparison (and in the address). */
  index: number;
  letter: string;
  configuration: Configuration;
  /** The centre's code: the page's own unless the address names another. */
  code: string;
  /** The centre's catalogue; null while it loads or when it could not be loaded. */
  centre: ComparedCentre | null;
}

/** A configuration whose centre's catalogue is there. */
export type ReadyEntry = ComparedEntry & { centre: ComparedCentre };

/** Which catalogue of a centre the comparison prices against. */
export interface CentreRequest {
  code: string;
  /** A pinned version number (the page's own centre only), else the one in force. */
  version: number | null;
  /** The contract start all of the centre's configurations share, when they share a usable one. */
  start: string | null;
}

/**
 * The centres of a comparison, the page's own first, then the others in the order they appear;
 * each centre's configurations are priced against one catalogue version: when they all start on
 * the same usable day, the version in force then, otherwise the one in force today.
 */
export function centreRequests(
  pageCentre: string,
  version: number | null,
  configurations: readonly Configuration[],
  codes: readonly string[],
): CentreRequest[] {
  const centres = [...new Set([pageCentre, ...codes])];
  return centres.map((code) => ({
    code,
    version: code === pageCentre ? version : null,
    start: sharedStart(configurations.filter((_, i) => codes[i] === code)),
  }));
}

/** Each configuration's centre: the one the address names, else the page's own. */
export function centreCodes(centres: ReadonlyArray<string | null>, pageCentre: string): string[] {
  return centres.map((centre) => centre ?? pageCentre);
}

/** Every configuration with its centre (`centres`: a catalogue per code, when it is there). */
export function comparedEntries(
  configurations: readonly Configuration[],
  codes: readonly string[],
  centres: ReadonlyMap<string, ComparedCentre>,
): ComparedEntry[] {
  return configurations.map((configuration, index) => ({
    index,
    letter: columnLetter(index),
    configuration,
    code: codes[index],
    centre: centres.get(codes[index]) ?? null,
  }));
}

function sharedStart(configurations: readonly Configuration[]): string | null {
  const starts = new Set(configurations.map((configuration) => configuration.startDate));
  const [start] = starts;
  return starts.size === 1 && start && startDateProblem(start, localToday()) === null ? start : null;
}
