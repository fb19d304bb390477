import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ROLES, type Role } from '../../auth/actor.js';
import { RoleEnum } from '../models/role.enum.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../user.rules.js';

@InputType({
  description:
    'Changes to a user. A field left out keeps its value; providerCode and agencyId are cleared with null. The result must fit the role: account managers need a provider, customers an agency, admins neither.',
})
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField('name')
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;

  @Field(() => String, {
    nullable: true,
    description: 'Account managers: code of their provider; null clears it.',
  })
  @IsOptional()
  @IsString()
  providerCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Customers: id of their agency; null clears it.' })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId must be the id of an agency.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred language, e.g. "da".' })
  @IsOptional()
  @IsString()
  locale?: string | null;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => UpdateUserInput)
  input!: UpdateUserInput;

  @Field(() => Int, {
    description: "The user's `version` as you last read it; if it has changed since, CONFLICT.",
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class SetOneTimePasswordArgs {
  @Field(() => ID, { description: 'Id of the user.' })
  @IsString()
  userId!: string;

  @Field({
    description: `The one-time password, at least ${PASSWORD_MIN_LENGTH} characters; tell it to the user.`,
  })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
  })
  password!: string;

  @Field(() => Int, {
    description: "The user's `version` as you last read it; if it has changed since, CONFLICT.",
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
