import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { TextField } from '../../common/validation/text-field.decorator.js';
import { ROLES, type Role } from '../../auth/actor.js';
import { RoleEnum } from '../models/role.enum.js';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../user.rules.js';

@InputType({
  description: 'A new user. Account managers need a provider, customers an agency, admins neither.',
})
export class CreateUserInput {
  @Field()
  @IsEmail({ require_tld: false }, { message: 'Enter a valid e-mail address.' })
  @MaxLength(EMAIL_MAX_LENGTH, {
    message: `The e-mail address must have at most ${EMAIL_MAX_LENGTH} characters.`,
  })
  email!: string;

  @Field()
  @TextField('name')
  name!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
  })
  password!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  providerCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'agencyId must be the id of an agency.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Default "en".' })
  @IsOptional()
  @IsString()
  locale?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Default true: the user should change the password set here.',
  })
  @IsOptional()
  @IsBoolean()
  mustChangePassword?: boolean | null;
}
