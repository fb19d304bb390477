import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { ConfigurationInput, PriceBreakdown } from '@servicekatalog/shared';
import { Connection } from '../../common/graphql/paging.js';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { PriceQuoteModel } from '../../pricing/models/price-quote.model.js';
import { agreementStatus, type AgreementStatus } from '../agreement.rules.js';
import type { AgreementEntity } from '../entities/agreement.entity.js';
import type { AgreementTermEntity, AgreementTermKind } from '../entities/agreement-term.entity.js';

export const AgreementStatusEnum = {
  UPCOMING: 'UPCOMING',
  ACTIVE: 'ACTIVE',
  ENDED: 'ENDED',
  TERMINATED: 'TERMINATED',
} as const;
registerEnumType(AgreementStatusEnum, {
  name: 'AgreementStatus',
  description: 'UPCOMING before startDate, ACTIVE until endDate, ENDED after it; TERMINATED by the centre.',
});

export const AgreementTermKindEnum = {
  INITIAL: 'INITIAL',
  AMENDMENT: 'AMENDMENT',
  RENEWAL: 'RENEWAL',
} as const;
registerEnumType(AgreementTermKindEnum, { name: 'AgreementTermKind', description: 'How a term came about.' });

@ObjectType('Agreement', {
  description:
    'What an agency buys after a quote was accepted: its terms keep the agreed prices for ever. Usage and service results are computed when read.',
})
export class AgreementModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The accepted quote\'s reference + "-A", e.g. "SA-DK-2027-0042-A".' })
  reference!: string;

  @Field(() => AgreementStatusEnum)
  status!: AgreementStatus;

  /** Internal: for the `agency` field. */
  agencyId!: string;

  @Field({ description: 'Code of the centre that serves the agency.' })
  providerCode!: string;

  @Field(() => DateScalar, { description: 'First day (UTC).' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last day (UTC): moved by a renewal, brought forward by a termination.',
  })
  endDate!: string;

  @Field(() => String, {
    nullable: true,
    description: "The centre's reason when it terminated the agreement.",
  })
  terminationReason!: string | null;

  @Field(() => Int, {
    description:
      'Optimistic-locking counter: pass it as `expectedVersion` to a change or batch; a stale value is refused with CONFLICT.',
  })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  static from(entity: AgreementEntity, today: string): AgreementModel {
    return Object.assign(new AgreementModel(), {
      id: entity.id,
      reference: entity.reference,
      status: agreementStatus(entity, today),
      agencyId: entity.agencyId,
      providerCode: entity.providerCode,
      startDate: entity.startDate,
      endDate: entity.endDate,
      terminationReason: entity.terminationReason,
      version: entity.version,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('AgreementTerm', { description: 'One period of an agreement with the price agreed for it.' })
export class AgreementTermModel {
  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;

  @Field(() => AgreementTermKindEnum)
  kind!: AgreementTermKind;

  @Field(() => ID, { description: 'The accepted quote the term came from.' })
  quoteId!: string;

  @Field(() => Int, { description: 'Number of the pinned catalogue version.' })
  catalogueVersion!: number;

  @Field(() => GraphQLJSON, { description: 'The configuration as accepted.' })
  configuration!: ConfigurationInput;

  @Field(() => PriceQuoteModel, {
    description: 'The price as accepted: the stored snapshot, never recomputed.',
  })
  price!: PriceQuoteModel;

  static from(term: AgreementTermEntity, providerCode: string): AgreementTermModel {
    const breakdown: PriceBreakdown = term.breakdown;
    return Object.assign(new AgreementTermModel(), {
      startDate: term.startDate,
      endDate: term.endDate,
      kind: term.kind,
      quoteId: term.quoteId,
      catalogueVersion: breakdown.catalogueVersion,
      configuration: term.configuration,
      price: PriceQuoteModel.from({
        breakdown,
        providerCode,
        catalogueVersionId: term.catalogueVersionId,
        startDate: term.startDate,
      }),
    });
  }
}

@ObjectType('DriverUsage', {
  description: "One driver of a month: the term's forecast and the recorded actual.",
})
export class DriverUsageModel {
  @Field()
  driverCode!: string;

  @Field(() => DecimalScalar)
  forecast!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'null until recorded.' })
  actual!: string | null;
}

@ObjectType('MonthUsage', {
  description:
    "A month's MONTHLY charges priced with the actual and with the forecast volumes under the term in force that month.",
})
export class MonthUsageModel {
  @Field({ description: 'The month, "2027-03".' })
  month!: string;

  @Field(() => [DriverUsageModel])
  lines!: DriverUsageModel[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'null until volumes of the month are recorded.',
  })
  actualAmount!: string | null;

  @Field(() => DecimalScalar)
  forecastAmount!: string;

  @Field({ description: "The engine version that priced the month's term." })
  engineVersion!: string;
}

@ObjectType('ServiceResult', {
  description:
    'A measured value against its target: met when value ≤ target for WORKING_DAYS, HOURS and DAY_OF_MONTH, value ≥ target otherwise.',
})
export class ServiceResultModel {
  @Field()
  month!: string;

  @Field()
  metric!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The service the target is promised for; null: the whole package.',
  })
  serviceCode!: string | null;

  @Field(() => DecimalScalar)
  target!: string;

  @Field(() => DecimalScalar)
  value!: string;

  @Field()
  met!: boolean;
}

export const AgreementConnection = Connection(AgreementModel, 'Agreement');
