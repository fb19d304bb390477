import { Args, Query, Resolver } from '@nestjs/graphql';
import { PriceBenchmarkArgs } from './dto/price-benchmark.args.js';
import { STANDARD_PROFILES } from '@servicekatalog/shared';
import { CentrePriceModel } from './models/centre-price.model.js';
import type { BenchmarkKindEnum, StandardMeasureEnum } from './models/benchmark-enums.js';
import { StandardProfileModel } from './models/standard-profile.model.js';
import { PriceBenchmarkService } from './price-benchmark.service.js';

/** The Nordic price benchmark: open to anonymous callers, like the published catalogues it prices. */
@Resolver(() => CentrePriceModel)
export class PriceBenchmarkResolver {
  constructor(private readonly service: PriceBenchmarkService) {}

  @Query(() => [CentrePriceModel], {
    description:
      "What a standard profile costs in year 1 at every centre with a catalogue in force on `at`: the package named for the profile's kind, priced by the shared engine (contractYears 1, the package's own level), in the centre's currency and converted into `currency` at the latest stored rate on or before `at` (stored direction only; a currency into itself is 1). A centre that cannot price the profile is \"not offered\", never zero; a missing rate is said (rateMissing), never guessed. Bad input is BAD_USER_INPUT naming the field (e.g. profile.volumes[1].quantity). Converted figures are indicative.",
  })
  priceBenchmark(@Args() args: PriceBenchmarkArgs): Promise<CentrePriceModel[]> {
    return this.service.benchmark(args);
  }

  @Query(() => [StandardProfileModel], {
    description: 'Ready-made agencies for the price benchmark (small to large), in monthly quantities.',
  })
  standardProfiles(): StandardProfileModel[] {
    return STANDARD_PROFILES.map((profile) => ({
      code: profile.code,
      kind: profile.kind as BenchmarkKindEnum,
      volumes: profile.volumes.map(({ measure, quantity }) => ({
        measure: measure as StandardMeasureEnum,
        quantity,
      })),
    }));
  }
}
