import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AgencyEntity } from '../agency.entity.js';

@ObjectType('Agency', { description: 'A customer agency: a ministry, a board, a university.' })
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "NO".' })
  country!: string;

  @Field({ description: "The agency's organisation number in its country's register." })
  organisationNumber!: string;

  @Field({ description: 'Code of the provider (shared service centre) that serves the agency.' })
  providerCode!: string;

  static from(entity: AgencyEntity): AgencyModel {
    return Object.assign(new AgencyModel(), {
      id: entity.id,
      name: entity.name,
      country: entity.country,
      organisationNumber: entity.organisationNumber,
      providerCode: entity.providerCode,
    });
  }
}
