import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { LocalizedText } from '@servicekatalog/shared';

@ObjectType('Category', {
  description: 'A group of services: payroll, accounting, travel, procurement, reporting…',
})
export class CategoryModel {
  @Field({ description: 'Code of the category, e.g. "PAYROLL".' })
  code!: string;

  @Field(() => GraphQLJSON, {
    description: 'Every translation of the name: language code → text (for editors).',
  })
  nameTranslations!: LocalizedText;
}
