import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Min } from 'class-validator';
import { ROLES, type Role } from '../../auth/actor.js';
import { ConnectionArgs } from '../../common/graphql/paging.js';
import { RoleEnum } from '../models/role.enum.js';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => RoleEnum, { nullable: true, description: 'Only users with this role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;
}

@ArgsType()
export class UserVersionArgs {
  @Field(() => ID)
  @IsString()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Refuse with CONFLICT if the user has changed since.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;
}
