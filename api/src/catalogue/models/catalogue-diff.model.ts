import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { CatalogueChangeKind, CatalogueChangeType } from '../diff/catalogue-diff.js';

export const CatalogueChangeKindEnum = {
  SETTINGS: 'SETTINGS',
  CATEGORY: 'CATEGORY',
  VOLUME_DRIVER: 'VOLUME_DRIVER',
  SERVICE_LEVEL: 'SERVICE_LEVEL',
  SERVICE: 'SERVICE',
  PRICE_COMPONENT: 'PRICE_COMPONENT',
  SERVICE_PACKAGE: 'SERVICE_PACKAGE',
} as const satisfies { [K in CatalogueChangeKind]: K };

export const CatalogueChangeTypeEnum = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
} as const satisfies {
  [T in CatalogueChangeType]: T;
};

registerEnumType(CatalogueChangeKindEnum, {
  name: 'CatalogueChangeKind',
  description: 'What changed: the version settings (validFrom, currency) or an item of the catalogue.',
});
registerEnumType(CatalogueChangeTypeEnum, {
  name: 'CatalogueChangeType',
  description: 'How an item changed between two versions.',
});

@ObjectType('FieldChange', { description: 'One field of an item with different values in the two versions.' })
export class FieldChangeModel {
  @Field({
    description: 'Name of the field as in the catalogue document, e.g. "tiers" or "discountPercent".',
  })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value in the older version (`from`).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value in the newer version (`to`).' })
  after!: unknown;
}

@ObjectType('CatalogueChange', {
  description: 'One item added, removed or changed between two catalogue versions.',
})
export class CatalogueChangeModel {
  @Field(() => CatalogueChangeKindEnum)
  kind!: CatalogueChangeKind;

  @Field({
    description:
      'Code of the item; for a price component, the code of its service; for SETTINGS, the provider code.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'English name of the item (the label of a price component), for display.',
  })
  name!: string | null;

  @Field(() => CatalogueChangeTypeEnum)
  change!: CatalogueChangeType;

  @Field({
    description:
      'Path of the item in the catalogue document of `to` (of `from` when it was removed), e.g. "services[2].priceComponents[0]".',
  })
  path!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The item in `from` as a document fragment; null when ADDED.',
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The item in `to` as a document fragment; null when REMOVED.',
  })
  after!: unknown;

  @Field(() => [FieldChangeModel], {
    description:
      "CHANGED: the fields that differ (a service's price components are listed as their own changes). Empty otherwise.",
  })
  fields!: FieldChangeModel[];
}

@ObjectType('CatalogueDiff', {
  description: 'What changes from one catalogue version of a provider to another.',
})
export class CatalogueDiffModel {
  @Field()
  providerCode!: string;

  @Field(() => Int, { description: 'Number of the older version compared.' })
  from!: number;

  @Field(() => Int, { description: 'Number of the newer version compared.' })
  to!: number;

  @Field(() => [CatalogueChangeModel], {
    description:
      'Every change: settings, then categories, drivers, service levels, services (each followed by its price components) and packages.',
  })
  changes!: CatalogueChangeModel[];
}
