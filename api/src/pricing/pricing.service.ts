import { Injectable } from '@nestjs/common';
import {
  addDays,
  contractEndDate,
  Decimal,
  DECIMAL_BOUNDS,
  priceConfiguration,
  PricingInputError,
  type ConfigurationInput,
  type PriceBreakdown,
  type PricingCatalogue,
} from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { CatalogueReadService, type VisibleVersion } from '../catalogue/published/catalogue-read.service.js';
import { versionInForce } from '../catalogue/catalogue-version.rules.js';
import { PublishedCatalogues } from '../catalogue/published/published-catalogues.js';
import { Clock } from '../common/clock/clock.js';
import { upcomingChange, type UpcomingChange } from './upcoming-change.js';
import { CompiledCatalogueCache } from './compiled-catalogue.cache.js';
import { inputPath, PricingErrors, problems, type PricingProblem } from './pricing.errors.js';

/** A configuration priced against one catalogue version. */
export interface PricedConfiguration {
  breakdown: PriceBreakdown;
  catalogueVersionId: string;
  providerCode: string;
  /** The contract's first day: the input's startDate, else today (UTC). */
  startDate: string;
}

/** DESIGN: a contract starts between 2000-01-01 and ten years after today. */
const EARLIEST_START = '2000-01-01';
const LATEST_START_YEARS = 10;

/** DESIGN: up to four configurations side by side. */
export const MAX_COMPARED = 4;

/**
 * Bounds on the lists of one configuration: far above any real catalogue, low enough that a huge
 * request cannot make the engine's duplicate checks expensive.
 */
const MAX_LIST_LENGTH = 500;
const MAX_QUANTITY_DECIMALS = DECIMAL_BOUNDS.fractionDigits;

/**
 * Pricing configurations (DESIGN "Pricing rules") with the engine of shared/, which is the
 * authority; this service only picks the catalogue version and maps bad input to BAD_USER_INPUT.
 * Every error names the field at its full input path: `fieldPrefix` ('input', 'inputs[2]',
 * 'input.configuration') is put in front of the configuration's own field names.
 */
@Injectable()
export class PricingService {
  constructor(
    private readonly catalogues: CatalogueReadService,
    private readonly cache: CompiledCatalogueCache,
    private readonly published: PublishedCatalogues,
    private readonly clock: Clock,
  ) {}

  /**
   * Prices against the version the input asks for (catalogueVersion number) or the one in force
   * today; drafts only for who may read them (to anyone else they do not exist).
   * @throws BadUserInputError naming the field, with every problem in `extensions.errors`.
   */
  async price(
    actor: Actor | null,
    input: ConfigurationInput,
    fieldPrefix = 'input',
  ): Promise<PricedConfiguration> {
    checkListLengths(input, fieldPrefix);
    checkDecimalsAsWritten(input, fieldPrefix);
    const startDate = this.checkStartDate(input.startDate, fieldPrefix);
    const selected = await this.catalogues.selectVersion(actor, {
      providerCode: input.providerCode,
      version: input.catalogueVersion,
      at: startDate,
    });
    switch (selected.status) {
      case 'UNKNOWN_PROVIDER':
        throw PricingErrors.unknownProvider(input.providerCode, fieldPrefix);
      case 'UNKNOWN_VERSION':
        if (input.startDate && input.catalogueVersion == null)
          throw PricingErrors.noVersionInForce(input.providerCode, input.startDate, fieldPrefix);
        throw PricingErrors.unknownVersion(input.providerCode, input.catalogueVersion, fieldPrefix);
      case 'FOUND':
        return this.priceAgainst(selected, input, fieldPrefix);
      default:
        return assertNever(selected);
    }
  }

  /**
   * Re-prices against one pinned version by id (published or draft), for stored quotes. The
   * input's providerCode and catalogueVersion, when given, must match that version.
   */
  async priceAgainstVersion(
    versionId: string,
    input: ConfigurationInput,
    fieldPrefix = 'input',
  ): Promise<PricedConfiguration> {
    checkListLengths(input, fieldPrefix);
    const found = await this.catalogues.findVersionById(versionId);
    if (!found) throw PricingErrors.pinnedVersionMissing(fieldPrefix);
    return this.priceAgainst(found, input, fieldPrefix);
  }

  /**
   * Prices 1..4 configurations side by side. The whole request is refused when any input is bad:
   * `extensions.field` names the first bad field (`inputs[2].volumes[0].quantity`) and
   * `extensions.errors` lists the problems of every bad input.
   */
  async compare(actor: Actor | null, inputs: readonly ConfigurationInput[]): Promise<PricedConfiguration[]> {
    if (inputs.length < 1 || inputs.length > MAX_COMPARED)
      throw PricingErrors.compareCount(inputs.length, MAX_COMPARED);
    const settled = await Promise.allSettled(
      inputs.map((input, i) => this.price(actor, input, `inputs[${i}]`)),
    );
    const bad: PricingProblem[] = [];
    const priced: PricedConfiguration[] = [];
    for (const result of settled) {
      if (result.status === 'fulfilled') priced.push(result.value);
      else if (result.reason instanceof BadUserInputError) bad.push(...problemsOf(result.reason));
      else throw result.reason;
    }
    if (bad.length > 0) throw problems(bad);
    return priced;
  }

  /**
   * Prices each configuration against one version (published or draft), compiled once for all —
   * re-pricing many stored quotes against a draft. Input the version does not accept is no error
   * of the request: that configuration comes back with the engine's refusal instead.
   */
  async priceEachAgainst(
    found: VisibleVersion,
    inputs: readonly ConfigurationInput[],
  ): Promise<Array<{ breakdown: PriceBreakdown } | { refusal: PricingInputError }>> {
    const catalogue = await this.cache.compiled(found);
    return inputs.map((input) => {
      try {
        return { breakdown: priceConfiguration(catalogue, input) };
      } catch (error) {
        if (error instanceof PricingInputError) return { refusal: error };
        throw error;
      }
    });
  }

  /** The compiled catalogue of a version by id (published or draft), for usage computations. */
  async compiledVersion(versionId: string): Promise<PricingCatalogue> {
    const found = await this.catalogues.findVersionById(versionId);
    if (!found) throw PricingErrors.pinnedVersionMissing('catalogueVersion');
    return this.cache.compiled(found);
  }

  /**
   * The version that takes over during the contract (DESIGN `PriceQuote.upcomingChange`), computed
   * when read from the published versions; null when none does.
   */
  async upcomingChange(
    providerCode: string,
    startDate: string,
    contractYears: number,
  ): Promise<UpcomingChange | null> {
    const versions = (await this.published.state()).provider(providerCode)?.versions ?? [];
    return upcomingChange(versions, startDate, contractYears, (date) => versionInForce(versions, date));
  }

  /** The version of a provider in force on a date; null when none is. */
  async versionInForce(providerCode: string, date: string): Promise<number | null> {
    const versions = (await this.published.state()).provider(providerCode)?.versions ?? [];
    return versionInForce(versions, date)?.number ?? null;
  }

  /** Today (UTC) as the catalogue reads it. */
  today(): string {
    return this.clock.today();
  }

  /** The start date, within DESIGN's bounds; default today. */
  private checkStartDate(startDate: string | null | undefined, fieldPrefix: string): string {
    const today = this.clock.today();
    if (startDate === undefined || startDate === null) return today;
    const latest = addYears(today, LATEST_START_YEARS);
    if (startDate < EARLIEST_START || startDate > latest)
      throw PricingErrors.startDateOutOfRange(startDate, EARLIEST_START, latest, fieldPrefix);
    return startDate;
  }

  private async priceAgainst(
    found: VisibleVersion,
    input: ConfigurationInput,
    fieldPrefix: string,
  ): Promise<PricedConfiguration> {
    const catalogue = await this.cache.compiled(found);
    return {
      breakdown: runEngine(catalogue, input, fieldPrefix),
      catalogueVersionId: found.version.id,
      providerCode: found.provider.code,
      startDate: input.startDate ?? this.clock.today(),
    };
  }
}

/** The same month and day `years` later (29 February → 28 February in a common year). */
function addYears(date: string, years: number): string {
  return addDays(contractEndDate(date, years), 1);
}

function runEngine(
  catalogue: PricingCatalogue,
  input: ConfigurationInput,
  fieldPrefix: string,
): PriceBreakdown {
  try {
    return priceConfiguration(catalogue, input);
  } catch (error) {
    if (error instanceof PricingInputError) throw PricingErrors.badInput(error, fieldPrefix);
    throw error;
  }
}

function checkListLengths(input: ConfigurationInput, fieldPrefix: string): void {
  if ((input.volumes?.length ?? 0) > MAX_LIST_LENGTH) {
    throw PricingErrors.tooLong(inputPath(fieldPrefix, 'volumes'), MAX_LIST_LENGTH);
  }
  if ((input.serviceCodes?.length ?? 0) > MAX_LIST_LENGTH) {
    throw PricingErrors.tooLong(inputPath(fieldPrefix, 'serviceCodes'), MAX_LIST_LENGTH);
  }
}

/**
 * DESIGN, "Limits at every entry point": at the API a quantity has at most 6 decimals as written,
 * trailing zeros included, though the engine takes "1.50000000" as 1.5. Only those the engine
 * would accept are refused here, in the engine's own words (TOO_MANY_DECIMALS with the driver);
 * any other bad quantity is left to the engine, which lists every problem at once.
 */
function checkDecimalsAsWritten(input: ConfigurationInput, fieldPrefix: string): void {
  const found = (input.volumes ?? []).flatMap(({ driverCode, quantity }, index) => {
    if (!Decimal.isPlain(quantity) || Decimal.fractionDigits(quantity) <= MAX_QUANTITY_DECIMALS) return [];
    if (Decimal.parse(quantity).normalize().scale > MAX_QUANTITY_DECIMALS) return [];
    return [
      {
        path: inputPath(fieldPrefix, `volumes[${index}].quantity`),
        code: 'TOO_MANY_DECIMALS',
        params: { driverCode, quantity, max: MAX_QUANTITY_DECIMALS },
        message: `Quantity ${JSON.stringify(quantity)} for ${JSON.stringify(driverCode)} has more than ${MAX_QUANTITY_DECIMALS} decimals`,
      },
    ];
  });
  if (found.length > 0) throw problems(found);
}

/** The problems a BAD_USER_INPUT error carries: its `errors` list, else its one field. */
function problemsOf(error: BadUserInputError): PricingProblem[] {
  const listed = error.extensions.errors;
  if (Array.isArray(listed)) return listed.filter(isProblem);
  const field = error.extensions.field;
  return [
    {
      path: typeof field === 'string' ? field : '',
      code: 'BAD_USER_INPUT',
      params: {},
      message: error.message,
    },
  ];
}

function isProblem(value: unknown): value is PricingProblem {
  const candidate = value as Partial<PricingProblem> | null;
  return typeof candidate?.path === 'string' && typeof candidate.message === 'string';
}

function assertNever(value: never): never {
  throw new Error(`Unexpected version selection ${JSON.stringify(value)}`);
}
