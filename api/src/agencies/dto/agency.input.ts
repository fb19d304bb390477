import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { VolumeInput } from '../../pricing/dto/volume.input.js';

/*
 * Shapes only: the rules (check digits, provider, volumes) live in agency.rules.ts and report
 * every field at its input path, e.g. "input.organisationNumber".
 */

@InputType('CreateAgencyInput', { description: 'A new customer agency.' })
export class CreateAgencyInput {
  @Field({ description: 'Name of the agency, 1 to 200 characters.' })
  @TextField('name')
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country: DK, NO, SE, FI or IS.' })
  @IsString()
  @MaxLength(10)
  country!: string;

  @Field({
    description:
      "Organisation number, checked by the country's check digit (DK CVR, NO organisasjonsnummer, SE organisationsnummer, FI Y-tunnus, IS kennitala); stored in the country's customary form.",
  })
  @IsString()
  @MaxLength(100)
  organisationNumber!: string;

  @Field({
    description: 'Code of the provider that serves the agency. Account managers: their own centre only.',
  })
  @IsString()
  @MaxLength(100)
  providerCode!: string;

  @Field(() => [VolumeInput], {
    nullable: true,
    description:
      "Volumes the agency's new configurations start with: each a driver of the provider's catalogue in force today, at most once, with a quantity as in a configuration (a plain decimal string ≥ 0, at most 6 decimals, whole for a driver that counts whole units). BAD_USER_INPUT names the field, e.g. input.defaultVolumes[2].quantity.",
  })
  @IsOptional()
  defaultVolumes?: VolumeInput[] | null;
}

@InputType('UpdateAgencyInput', {
  description: 'Changes to an agency; fields left out (or null) stay as they are.',
})
export class UpdateAgencyInput {
  @Field(() => String, { nullable: true, description: 'Name of the agency, 1 to 200 characters.' })
  @IsOptional()
  @TextField('name')
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 3166-1 alpha-2 country: DK, NO, SE, FI or IS. The organisation number is checked again by it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Organisation number, checked by the country's check digit.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organisationNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of the provider that serves the agency. Account managers cannot move an agency to another centre.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  providerCode?: string | null;

  @Field(() => [VolumeInput], {
    nullable: true,
    description:
      'Replaces the default volumes (the rules of CreateAgencyInput.defaultVolumes); [] removes them. Volumes kept as they are, and not moved to another provider, are not checked again.',
  })
  @IsOptional()
  defaultVolumes?: VolumeInput[] | null;
}

@ArgsType()
export class AgenciesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only the agencies served by this provider.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  providerCode?: string | null;
}
