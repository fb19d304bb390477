import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';

@ObjectType('VolumeDriver', {
  description:
    'What quantities are counted in (payslips per month, incoming invoices per month, users…). Prices multiply the quantity as given; periods are never converted.',
})
export class VolumeDriverModel {
  @Field({ description: 'Code of the driver, e.g. "PAYSLIPS".' })
  code!: string;

  @Field({ description: 'True when quantities must be whole numbers ("5.0" counts as whole).' })
  integer!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What the driver counts for the Nordic price benchmark: PAYSLIP, EMPLOYEE, INVOICE_IN, INVOICE_OUT, POSTING_LINE, TRAVEL_CLAIM or REFUND_CLAIM; null: nothing standard (a package needing it is "not offered").',
  })
  standardMeasure!: string | null;

  @Field(() => GraphQLJSON, { description: 'Every translation of the name: language code → text.' })
  nameTranslations!: LocalizedText;

  @Field(() => GraphQLJSON, { description: 'Every translation of the unit label: language code → text.' })
  unitTranslations!: LocalizedText;
}
