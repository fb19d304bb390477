import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { CreateProposalCommand } from '../proposal-write.service.js';

/**
 * The lengths are checked by the service once white space is trimmed (BAD_USER_INPUT on the
 * field); the limits here only keep absurd payloads out.
 */
@InputType('CreateProposalInput', { description: 'A proposal for a new or changed service of a centre.' })
export class CreateProposalInput implements CreateProposalCommand {
  @Field({ description: 'Code of the centre to propose to; it must serve the proposing agency.' })
  @IsString()
  @MaxLength(64)
  providerCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The proposing agency: required for administrators; customers propose for their own agency.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agencyId?: string | null;

  @Field({ description: 'Title, 1 to 200 characters (surrounding white space is removed).' })
  @IsString()
  @MaxLength(20_000)
  title!: string;

  @Field({ description: 'What is proposed and why, 1 to 5000 characters.' })
  @IsString()
  @MaxLength(20_000)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "To propose a change to an existing service: its code in the centre's catalogue in force today (an unknown code is BAD_USER_INPUT). Leave out for a new service.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  serviceCode?: string | null;
}
