import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DocumentError', { description: 'One problem in a catalogue document.' })
export class DocumentErrorModel {
  @Field({
    description:
      'Where in the document, e.g. "services[3].priceComponents[0].tiers[1].upTo" ("" = the whole document).',
  })
  path!: string;

  @Field({ description: 'What is wrong, as an English sentence.' })
  message!: string;
}
