import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ConfigurationInput } from '../../pricing/dto/configuration.input.js';
import type { SaveQuoteCommand } from '../quote-save.service.js';

@InputType('SaveQuoteInput', { description: 'A configuration to keep as a quote of an agency.' })
export class SaveQuoteInput implements SaveQuoteCommand {
  @Field(() => ID, {
    nullable: true,
    description:
      'The agency the quote is for: required for administrators; customers save for their own agency.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  agencyId?: string | null;

  @Field({ description: 'A name for the quote, 1 to 200 characters.' })
  @TextField('name')
  name!: string;

  @Field(() => ConfigurationInput, {
    description:
      "The configuration; its provider must be the agency's. Priced against the version it names, else the one in force today.",
  })
  configuration!: ConfigurationInput;
}
