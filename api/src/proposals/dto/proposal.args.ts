import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../proposal.entity.js';
import { ProposalStatusEnum } from '../models/proposal-enums.js';

@ArgsType()
export class ProposalsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only proposals to this centre (an unknown code is BAD_USER_INPUT).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  providerCode?: string | null;

  @Field(() => ProposalStatusEnum, { nullable: true, description: 'Only proposals in this status.' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus | null;
}

@ArgsType()
export class ProposalVoteArgs {
  @Field(() => ID, { description: 'Id of the proposal.' })
  @IsString()
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The agency whose vote it is: required for administrators (an agency the centre serves); customers vote for their own agency.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agencyId?: string | null;
}

@ArgsType()
export class RespondToProposalArgs {
  @Field(() => ID, { description: 'Id of the proposal.' })
  @IsString()
  id!: string;

  @Field(() => ProposalStatusEnum, {
    description: 'The new status; only the moves described at ProposalStatus are allowed (else CONFLICT).',
  })
  @IsIn(PROPOSAL_STATUSES)
  status!: ProposalStatus;

  @Field({ description: "The centre's response, 1 to 5000 characters; it replaces the previous one." })
  @TextField('response')
  response!: string;

  @Field(() => Int, {
    description: "The proposal's `version` as you last saw it; a stale value is refused with CONFLICT.",
  })
  expectedVersion!: number;
}
