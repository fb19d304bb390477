import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DecimalScalar } from '../../common/graphql/scalars.js';
import { PriceComponentModel } from './price-component.model.js';

@ObjectType('ServiceLimit', {
  description: 'The quantities of a driver a service may be ordered with (inclusive).',
})
export class ServiceLimitModel {
  @Field({ description: 'Code of the volume driver.' })
  driverCode!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Smallest allowed quantity; null: no minimum.' })
  min!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest allowed quantity; null: no maximum.' })
  max!: string | null;
}

@ObjectType('Responsibility', { description: 'One row of the division of labour: who does a task.' })
export class ResponsibilityModel {
  @Field({ description: 'Who does the task: CENTRE, CUSTOMER or SHARED.' })
  party!: string;

  @Field(() => GraphQLJSON, { description: 'Every translation of the task: language code → text.' })
  taskTranslations!: LocalizedText;
}

@ObjectType('Service', {
  description: 'A service of the catalogue, with its rules, prices and division of labour.',
})
export class ServiceModel {
  /** Internal ids for loading the price components. */
  id!: string;
  catalogueVersionId!: string;

  @Field({ description: 'Code of the service, stable across versions, e.g. "PAY-RUN".' })
  code!: string;

  @Field({ description: 'Code of the category the service belongs to.' })
  category!: string;

  @Field({ description: 'CORE (a main service) or ADDON (added to a package).' })
  kind!: string;

  @Field({ description: 'ACTIVE, or DEPRECATED (still priced, with a warning).' })
  status!: string;

  @Field(() => [[String]], {
    description:
      'Requirement groups: from each group at least one of the listed service codes must be selected.',
  })
  requires!: string[][];

  @Field(() => [String], {
    description: 'Codes of services that may not be selected together with this one (symmetric).',
  })
  excludes!: string[];

  @Field(() => [ServiceLimitModel], { description: 'Allowed quantities per driver.' })
  limits!: ServiceLimitModel[];

  @Field(() => [ResponsibilityModel], {
    description: 'The division of labour between the centre and the customer.',
  })
  responsibilities!: ResponsibilityModel[];

  @Field(() => GraphQLJSON, { description: 'Every translation of the name: language code → text.' })
  nameTranslations!: LocalizedText;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Every translation of the description; null when there is none.',
  })
  descriptionTranslations!: LocalizedText | null;

  @Field(() => [PriceComponentModel], { description: 'How the service is charged.' })
  priceComponents!: PriceComponentModel[];
}
