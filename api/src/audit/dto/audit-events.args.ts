import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/graphql/paging.js';

/** The audit log's filters; all optional, combined with AND. */
@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only changes of this kind of thing, e.g. "CatalogueVersion".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes of the thing with this id.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes made by the user with this id.' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  actorUserId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes made by the user with this e-mail (any case).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actorEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes concerning this centre. Account managers always see only their own.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  providerCode?: string | null;
}
