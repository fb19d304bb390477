import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('Included', { description: 'A quantity of a driver included in the package price.' })
export class IncludedModel {
  @Field({ description: 'Code of the volume driver.' })
  driverCode!: string;

  @Field(() => DecimalScalar, { description: 'Quantity included; only what exceeds it is charged.' })
  quantity!: string;
}

@ObjectType('ServicePackageItem', { description: 'A service contained in a service package.' })
export class ServicePackageItemModel {
  @Field({ description: 'Code of the service.' })
  serviceCode!: string;

  @Field(() => [IncludedModel], {
    description: 'Quantities included in the package price, per driver (empty: none).',
  })
  included!: IncludedModel[];
}

@ObjectType('ServicePackage', {
  description: 'A standardised package of services with a default service level and a discount.',
})
export class ServicePackageModel {
  /** Internal ids. */
  id!: string;
  catalogueVersionId!: string;

  @Field({ description: 'Code of the package, e.g. "BASIS".' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the default service level of the package; null: none.',
  })
  serviceLevelCode!: string | null;

  @Field(() => DecimalScalar, {
    description: 'Discount in percent on the recurring charges of the package items ("0" when none).',
  })
  discountPercent!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Codes of the add-ons allowed with the package; null: every ADDON.',
  })
  allowedAddOns!: string[] | null;

  @Field(() => GraphQLJSON, { description: 'Every translation of the name: language code → text.' })
  nameTranslations!: LocalizedText;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Every translation of the description; null when there is none.',
  })
  descriptionTranslations!: LocalizedText | null;

  @Field(() => [ServicePackageItemModel], { description: 'The services in the package.' })
  items!: ServicePackageItemModel[];
}
