import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';
import { DecimalScalar } from '../../common/graphql/scalars.js';

@ObjectType('ServiceLevel', {
  description: 'A service level (e.g. BASIS, STANDARD, PLUS): its promises and its surcharge.',
})
export class ServiceLevelModel {
  /** Internal ids. */
  id!: string;
  catalogueVersionId!: string;

  @Field({ description: 'Code of the level, e.g. "STANDARD".' })
  code!: string;

  @Field(() => Int, {
    description: 'Order of the levels; unique within a version. The smallest rank is the default level.',
  })
  rank!: number;

  @Field(() => DecimalScalar, {
    description: 'Surcharge in percent on the recurring charges of every selected service, e.g. "8".',
  })
  surchargePercent!: string;

  @Field(() => GraphQLJSON, { description: 'Every translation of the name: language code → text.' })
  nameTranslations!: LocalizedText;

  @Field(() => [ServiceLevelTargetModel], { description: 'What the level promises.' })
  targets!: ServiceLevelTargetModel[];
}

@ObjectType('ServiceLevelTarget', {
  description: 'A promise of a service level, e.g. "purchase invoices posted within 3 working days".',
})
export class ServiceLevelTargetModel {
  @Field({ description: 'What is measured, e.g. "INVOICE_POSTING".' })
  metric!: string;

  @Field(() => DecimalScalar, { description: 'The promised value, in `unit`.' })
  value!: string;

  @Field({ description: 'Unit of the value: WORKING_DAYS, HOURS, PERCENT, DAY_OF_MONTH…' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the service the target is promised for; null: the whole package.',
  })
  serviceCode!: string | null;

  @Field(() => GraphQLJSON, { description: 'Every translation of the name: language code → text.' })
  nameTranslations!: LocalizedText;
}
