import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import type { QuoteDecision } from '../quote-lifecycle.service.js';
import { QUOTE_STATUSES, type QuoteStatus } from '../quote.entity.js';
import { QuoteDecisionEnum, QuoteStatusEnum } from '../models/quote-enums.js';

export const EXPECTED_VERSION =
  "The quote's `version` as you last saw it; a stale value is refused with CONFLICT.";

@ArgsType()
export class QuotesArgs extends ConnectionArgs {
  @Field(() => QuoteStatusEnum, { nullable: true, description: 'Only quotes in this status.' })
  @IsOptional()
  @IsIn(QUOTE_STATUSES)
  status?: QuoteStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only this agency's quotes (within those you may see; another's gives an empty list).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId must be the id of an agency.' })
  agencyId?: string | null;
}

@ArgsType()
export class QuoteVersionArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;
}

@ArgsType()
export class DecideQuoteArgs extends QuoteVersionArgs {
  @Field(() => QuoteDecisionEnum)
  @IsIn(Object.values(QuoteDecisionEnum))
  decision!: QuoteDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Up to 2000 characters; required to REJECT (the reason).',
  })
  @IsOptional()
  @TextField('comment')
  comment?: string | null;
}

@ArgsType()
export class AddQuoteCommentArgs {
  @Field(() => ID, { description: 'Id of the quote.' })
  @IsString()
  id!: string;

  @Field({ description: '1 to 2000 characters.' })
  @TextField('comment')
  text!: string;
}
