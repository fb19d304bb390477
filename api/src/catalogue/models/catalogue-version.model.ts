import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/graphql/scalars.js';

const STATUS =
  "DRAFT (being edited; visible to the centre's account managers and administrators only) or PUBLISHED (an immutable snapshot).";

@ObjectType('CatalogueVersionSummary', {
  description: "One version of a provider's catalogue, without its contents.",
})
export class CatalogueVersionSummaryModel {
  @Field(() => ID, { description: 'Id of the version; use it to publish or discard a draft.' })
  id!: string;

  @Field(() => Int, { description: 'Version number within the provider: 1, 2, 3…' })
  number!: number;

  @Field({ description: STATUS })
  status!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day (UTC) the version applies; null for a draft without a date yet.',
  })
  validFrom!: string | null;

  @Field({ description: 'ISO 4217 currency of every price in the version, e.g. "NOK".' })
  currency!: string;

  @Field({ description: 'True when this is the version in force today (UTC).' })
  inForce!: boolean;

  @Field({
    description:
      'True for a published version that applied once but has been replaced by the version in force today. Derived, never stored.',
  })
  superseded!: boolean;
}

@ObjectType('CatalogueVersion', {
  description:
    "A numbered version of a provider's catalogue: everything a configuration is priced against. A published version never changes.",
})
export class CatalogueVersionModel {
  @Field(() => ID, { description: 'Id of the version; use it to publish or discard a draft.' })
  id!: string;

  /** Internal: the provider's id, for the provider field. */
  providerId!: string;

  @Field(() => Int, { description: 'Version number within the provider: 1, 2, 3…' })
  number!: number;

  @Field({ description: STATUS })
  status!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day (UTC) the version applies; null for a draft without a date yet.',
  })
  validFrom!: string | null;

  @Field({ description: 'ISO 4217 currency of every price in the version, e.g. "NOK".' })
  currency!: string;

  @Field(() => Int, {
    description:
      'Optimistic-locking counter: pass it as `expectedVersion` to a change; a stale value is refused with CONFLICT.',
  })
  version!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the version was published (UTC timestamp); null for a draft.',
  })
  publishedAt!: Date | null;
}
