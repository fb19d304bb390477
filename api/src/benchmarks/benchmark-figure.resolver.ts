import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { RequireAccess } from '../auth/require-access.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { BenchmarkFigureReadService } from './benchmark-figure-read.service.js';
import { BenchmarkFigureService } from './benchmark-figure.service.js';
import {
  BenchmarkFiguresArgs,
  RecordBenchmarkFigureInput,
  UpdateBenchmarkFigureInput,
} from './dto/benchmark-figure.input.js';
import { BenchmarkFigureConnection, BenchmarkFigureModel } from './models/benchmark-figure.model.js';

const WRITERS =
  'Account managers for their own centre, administrators for any; anonymous callers UNAUTHENTICATED, others FORBIDDEN.';
const EXPECTED_VERSION = "The figure's `version` as you last saw it; a stale value is refused with CONFLICT.";

/** Benchmark figures: read by anyone, written by the centre's account managers and administrators. */
@Resolver(() => BenchmarkFigureModel)
export class BenchmarkFigureResolver {
  constructor(
    private readonly read: BenchmarkFigureReadService,
    private readonly writing: BenchmarkFigureService,
  ) {}

  @Query(() => BenchmarkFigureConnection, {
    description:
      "The centres' published unit costs, ordered by KPI, provider and year; open to anonymous callers. Filters combine.",
  })
  benchmarkFigures(@Args() args: BenchmarkFiguresArgs): Promise<ConnectionShape<BenchmarkFigureModel>> {
    return this.read.list(args);
  }

  @Mutation(() => BenchmarkFigureModel, {
    description: `Records a benchmark figure, in the provider's currency. ${WRITERS} A figure for a (provider, year, KPI) that already has one is BAD_USER_INPUT on input.year with extensions.reason DUPLICATE.`,
  })
  @RequireAccess('BENCHMARK_WRITE')
  async recordBenchmarkFigure(
    @Args('input', { type: () => RecordBenchmarkFigureInput }) input: RecordBenchmarkFigureInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<BenchmarkFigureModel> {
    return BenchmarkFigureModel.from(await this.writing.record(actor, input));
  }

  @Mutation(() => BenchmarkFigureModel, {
    description: `Changes a benchmark figure. ${WRITERS} A stale expectedVersion is CONFLICT and changes nothing; moving it onto a (year, KPI) the provider already has a figure for is BAD_USER_INPUT on input.year (reason DUPLICATE).`,
  })
  @RequireAccess('BENCHMARK_WRITE')
  async updateBenchmarkFigure(
    @Args('id', { type: () => ID, description: 'Id of the figure.' }) id: string,
    @Args('input', { type: () => UpdateBenchmarkFigureInput }) input: UpdateBenchmarkFigureInput,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_VERSION }) expectedVersion: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<BenchmarkFigureModel> {
    return BenchmarkFigureModel.from(await this.writing.update(actor, id, input, expectedVersion));
  }

  @Mutation(() => Boolean, {
    description: `Deletes a benchmark figure; true when deleted. ${WRITERS} NOT_FOUND when there is no such figure; a stale expectedVersion is CONFLICT and deletes nothing.`,
  })
  @RequireAccess('BENCHMARK_WRITE')
  deleteBenchmarkFigure(
    @Args('id', { type: () => ID, description: 'Id of the figure.' }) id: string,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_VERSION }) expectedVersion: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    return this.writing.delete(actor, id, expectedVersion);
  }
}
