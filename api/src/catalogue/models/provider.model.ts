import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Provider', {
  description: 'A shared service centre that publishes a catalogue (e.g. "SA-DK"). Prices are excluding VAT.',
})
export class ProviderModel {
  /** Internal id; the public key of a provider is its code. */
  id!: string;

  @Field({ description: 'Stable code of the centre, e.g. "SA-DK"; also the prefix of its quote references.' })
  code!: string;

  @Field({ description: 'Name of the centre.' })
  name!: string;

  @Field({ description: 'Country of the centre (ISO 3166-1 alpha-2), e.g. "DK".' })
  country!: string;

  @Field({ description: 'Default locale of the centre, e.g. "da", "nb", "sv".' })
  locale!: string;
}
