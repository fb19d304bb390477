import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { DateScalar } from '../../common/graphql/scalars.js';

@ArgsType()
export class CatalogueArgs {
  @Field({ description: 'Code of the provider, e.g. "SA-DK".' })
  @IsString()
  @Length(1, 32)
  providerCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Version number; wins over `at`. Drafts only for the centre's managers.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The version in force on this date (UTC): among published versions with validFrom ≤ at, the latest validFrom, then the highest number. Default: today.',
  })
  @IsOptional()
  at?: string | null;
}

@ArgsType()
export class ExportCatalogueArgs {
  @Field({ description: 'Code of the provider, e.g. "SA-DK".' })
  @IsString()
  @Length(1, 32)
  providerCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Version number; default: the version in force today (UTC).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ArgsType()
export class PublishCatalogueVersionArgs {
  @Field(() => ID, { description: 'Id of the draft version.' })
  @IsString()
  id!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the version applies (UTC); default: the validFrom of the imported document.',
  })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `version` you last saw; if someone changed the draft since, the publish is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}
