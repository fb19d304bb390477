import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { DateScalar } from '../common/graphql/scalars.js';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.arg.js';
import { IdempotencyService, type IdempotentRequest } from '../common/idempotency/idempotency.service.js';
import { QuoteModel } from '../quotes/models/quote.model.js';
import {
  AgreementsArgs,
  EXPECTED_AGREEMENT_VERSION,
  ServiceResultInput,
  TerminateAgreementArgs,
  VolumeEntryInput,
} from './dto/agreement.args.js';
import { AgreementReadService } from './agreement-read.service.js';
import { AgreementRecordService } from './agreement-record.service.js';
import { AgreementReviseService } from './agreement-revise.service.js';
import type { AgreementEntity } from './entities/agreement.entity.js';
import { AgreementConnection, AgreementModel } from './models/agreement.model.js';

/**
 * The agreement operations of DESIGN's public API. Who may do what is decided by the services
 * (agreement.policy.ts): anonymous → UNAUTHENTICATED, a role that never may → FORBIDDEN, an
 * agreement outside the caller's agencies → NOT_FOUND.
 */
@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(
    private readonly read: AgreementReadService,
    private readonly revising: AgreementReviseService,
    private readonly recording: AgreementRecordService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Query(() => AgreementModel, {
    nullable: true,
    description: 'One agreement; NOT_FOUND when it does not exist or is not yours to see.',
  })
  async agreement(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgreementModel> {
    return AgreementModel.from(await this.read.agreement(actor, id), this.read.today());
  }

  @Query(() => AgreementConnection, {
    description:
      "Agreements you may see, newest first: a customer its agency's, an account manager its centre's, an administrator all; filtered by status, agency, provider and endDate before a day.",
  })
  async agreements(
    @Args() args: AgreementsArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ConnectionShape<AgreementModel>> {
    const page = await this.read.agreements(actor, args);
    const today = this.read.today();
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: AgreementModel.from(e.node, today) })),
    };
  }

  @Mutation(() => QuoteModel, {
    description:
      "A DRAFT quote revision that amends (startDate after the current term's start, from today up to endDate) or renews (startDate = endDate + 1) the agreement; the agency edits and submits it, and accepting it changes the agreement.",
  })
  async reviseAgreement(
    @Args('id', { type: () => ID }) id: string,
    @Args('startDate', { type: () => DateScalar }) startDate: string,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<QuoteModel> {
    const request = { actor, key, operation: 'reviseAgreement', args: { id, startDate } };
    const quote = await this.idempotency.run(request, () => this.revising.revise(actor, id, startDate));
    return QuoteModel.from(quote, this.read.today());
  }

  @Mutation(() => AgreementModel, {
    description: 'The centre ends the agreement early: its last day (today up to endDate) and the reason.',
  })
  async terminateAgreement(
    @Args() { id, expectedVersion, endDate, reason }: TerminateAgreementArgs,
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgreementModel> {
    const work = () => this.recording.terminate(actor, id, expectedVersion, endDate, reason);
    return this.written(
      { actor, key, operation: 'terminateAgreement', args: { id, expectedVersion, endDate, reason } },
      work,
    );
  }

  @Mutation(() => AgreementModel, {
    description:
      'Records actual monthly volumes (at most 5,000 entries); an entry for an existing month and driver replaces it. Every bad entry is listed in extensions.errors and nothing is written.',
  })
  async recordVolumes(
    @Args('agreementId', { type: () => ID }) agreementId: string,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_AGREEMENT_VERSION })
    expectedVersion: number,
    @Args('entries', { type: () => [VolumeEntryInput] }) entries: VolumeEntryInput[],
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgreementModel> {
    const work = () => this.recording.recordVolumes(actor, agreementId, expectedVersion, entries);
    return this.written(
      { actor, key, operation: 'recordVolumes', args: { agreementId, expectedVersion, entries } },
      work,
    );
  }

  @Mutation(() => AgreementModel, {
    description:
      "Records measured values of the service level's targets (at most 5,000 entries), like recordVolumes.",
  })
  async recordServiceResults(
    @Args('agreementId', { type: () => ID }) agreementId: string,
    @Args('expectedVersion', { type: () => Int, description: EXPECTED_AGREEMENT_VERSION })
    expectedVersion: number,
    @Args('entries', { type: () => [ServiceResultInput] }) entries: ServiceResultInput[],
    @IdempotencyKey() key: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgreementModel> {
    const work = () => this.recording.recordServiceResults(actor, agreementId, expectedVersion, entries);
    return this.written(
      { actor, key, operation: 'recordServiceResults', args: { agreementId, expectedVersion, entries } },
      work,
    );
  }

  /** A write once per idempotency key, answered as the agreement it left. */
  private async written(
    request: IdempotentRequest,
    work: () => Promise<AgreementEntity>,
  ): Promise<AgreementModel> {
    return AgreementModel.from(await this.idempotency.run(request, work), this.read.today());
  }
}
