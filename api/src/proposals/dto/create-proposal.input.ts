import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import type { CreateProposalCommand } from '../proposal-write.service.js';

/**
 * Texts follow the shared text rules (normalised, at most 200 and 5000 characters); that they are
 * not empty is checked by the service (BAD_USER_INPUT on the field).
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
  @TextField('title')
  title!: string;

  @Field({ description: 'What is proposed and why, 1 to 5000 characters.' })
  @TextField('description')
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
