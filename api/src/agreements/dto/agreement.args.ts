import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { DateScalar, DecimalScalar } from '../../common/graphql/scalars.js';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../agreement.rules.js';
import { AgreementStatusEnum } from '../models/agreement.model.js';

export const EXPECTED_AGREEMENT_VERSION =
  "The agreement's `version` as you last saw it; a stale value is refused with CONFLICT and nothing is written.";

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  agencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  providerCode?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only agreements whose endDate is before this day (renewal work).',
  })
  @IsOptional()
  endingBefore?: string | null;
}

@ArgsType()
export class TerminateAgreementArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id!: string;

  @Field(() => Int, { description: EXPECTED_AGREEMENT_VERSION })
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'The last day the agreement runs: from today up to its endDate.' })
  endDate!: string;

  @Field({ description: '1 to 2000 characters.' })
  @TextField('comment')
  reason!: string;
}

@InputType('VolumeEntryInput', { description: 'An actual monthly volume of one driver.' })
export class VolumeEntryInput {
  @Field({ description: 'The month, "2027-03".' })
  month!: string;

  @Field()
  driverCode!: string;

  @Field(() => DecimalScalar)
  quantity!: string;
}

@InputType('ServiceResultInput', {
  description: 'A measured value of one service-level target in one month.',
})
export class ServiceResultInput {
  @Field({ description: 'The month, "2027-03".' })
  month!: string;

  @Field()
  metric!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The service the target is promised for; none: the whole package.',
  })
  serviceCode?: string | null;

  @Field(() => DecimalScalar)
  value!: string;
}
