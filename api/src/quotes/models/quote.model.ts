import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { Connection } from '../../common/graphql/paging.js';
import { DateScalar } from '../../common/graphql/scalars.js';
import { PriceQuoteModel } from '../../pricing/models/price-quote.model.js';
import type { QuoteEntity, QuoteStatus } from '../quote.entity.js';
import { displayReference } from '../quote-reference.js';
import { isExpired } from '../quote.rules.js';
import { QuoteStatusEnum } from './quote-enums.js';

/**
 * A saved configuration of an agency with its price as offered. `agency`, `comments` and
 * `repriced` are resolved separately (in batches per request).
 */
@ObjectType('Quote', {
  description:
    "An agency's saved configuration, priced against a pinned catalogue version, with its status and comment thread.",
})
export class QuoteModel {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'Human reference shared by all revisions, e.g. "SA-DK-2027-0042": provider, year saved (UTC), number.',
  })
  reference!: string;

  @Field({ description: 'The reference with the revision from revision 2 on, e.g. "SA-DK-2027-0042 rev 2".' })
  displayReference!: string;

  @Field()
  name!: string;

  @Field(() => QuoteStatusEnum)
  status!: QuoteStatus;

  @Field(() => Int, { description: '1 for the first offer; revising makes a new DRAFT with revision + 1.' })
  revision!: number;

  @Field(() => ID, { nullable: true, description: 'The revision this one replaced; null for revision 1.' })
  previousQuoteId!: string | null;

  /** Internal: the agency's id, for the `agency` field. */
  agencyId!: string;

  @Field({ description: 'Code of the centre that serves the agency and priced the quote.' })
  providerCode!: string;

  @Field(() => Int, { description: 'Number of the pinned catalogue version.' })
  catalogueVersion!: number;

  @Field(() => ID, { description: 'Id of the pinned catalogue version.' })
  catalogueVersionId!: string;

  @Field(() => GraphQLJSON, {
    description: 'The ConfigurationInput as saved, with the pinned catalogueVersion filled in.',
  })
  configuration!: ConfigurationInput;

  @Field(() => PriceQuoteModel, {
    description: 'The price as offered: the breakdown stored when the quote was priced, never recomputed.',
  })
  price!: PriceQuoteModel;

  @Field({ description: 'Version of the pricing rules that computed the stored price.' })
  engineVersion!: string;

  @Field(() => DateScalar, { description: 'Last day (UTC) the offer holds; 90 days after it was priced.' })
  validUntil!: string;

  @Field(() => DateScalar, { description: "The contract's first day (UTC)." })
  startDate!: string;

  @Field({
    description:
      'True once validUntil has passed: the quote can no longer be submitted; revise it for current prices.',
  })
  expired!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The centre's comment on its decision (the reason for a rejection).",
  })
  decisionComment!: string | null;

  @Field(() => Int, {
    description:
      'Optimistic-locking counter: pass it as `expectedVersion` to a change; a stale value is refused with CONFLICT.',
  })
  version!: number;

  /**
   * The quote as the schema shows it, `expired` as of `today` — the app's Clock, read once per
   * request (or list) by the resolver, so every row of a list is judged on the same day. The
   * stored configuration and price snapshot are read from the entity only when asked for (a list
   * reads them unparsed: quote-rows.ts).
   */
  static from(entity: QuoteEntity, today: string): QuoteModel {
    const model = Object.assign(new QuoteModel(), {
      id: entity.id,
      reference: entity.reference,
      displayReference: displayReference(entity.reference, entity.revision),
      name: entity.name,
      status: entity.status,
      revision: entity.revision,
      previousQuoteId: entity.previousQuoteId,
      agencyId: entity.agencyId,
      providerCode: entity.providerCode,
      catalogueVersionId: entity.catalogueVersionId,
      price: PriceQuoteModel.stored({
        snapshot: () => entity.breakdown,
        currency: entity.currency,
        firstYearTotal: entity.firstYearTotal,
        contractTotal: entity.contractTotal,
        providerCode: entity.providerCode,
        catalogueVersionId: entity.catalogueVersionId,
        startDate: entity.startDate,
      }),
      engineVersion: entity.engineVersion,
      validUntil: entity.validUntil,
      startDate: entity.startDate,
      expired: isExpired(entity, today),
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      submittedAt: entity.submittedAt,
      decidedAt: entity.decidedAt,
      decisionComment: entity.decisionComment,
      version: entity.version,
    });
    return Object.defineProperties(model, {
      configuration: { enumerable: true, get: () => entity.configuration },
      catalogueVersion: { enumerable: true, get: () => entity.breakdown.catalogueVersion },
    });
  }
}

export const QuoteConnection = Connection(QuoteModel, 'Quote');
