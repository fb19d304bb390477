import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Length, Min } from 'class-validator';

@ArgsType()
export class CatalogueDiffArgs {
  @Field({ description: 'Code of the provider, e.g. "SA-DK".' })
  @IsString()
  @Length(1, 32)
  providerCode!: string;

  @Field(() => Int, { description: 'Number of the older version (the "before").' })
  @IsInt()
  @Min(1)
  from!: number;

  @Field(() => Int, { description: 'Number of the newer version (the "after"), e.g. the draft.' })
  @IsInt()
  @Min(1)
  to!: number;
}
