import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/paging.js';
import { VolumeModel } from '../../pricing/models/volume.model.js';
import type { AgencyEntity } from '../agency.entity.js';

@ObjectType('Agency', { description: 'A customer agency: a ministry, a board, a university.' })
export class AgencyModel {
  @Field(() => ID, { description: 'Id of the agency.' })
  id!: string;

  @Field({ description: 'Name of the agency.' })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "NO".' })
  country!: string;

  @Field({
    description: 'The agency\'s organisation number in its country\'s customary form, e.g. "202100-5489".',
  })
  organisationNumber!: string;

  @Field({ description: 'Code of the provider (shared service centre) that serves the agency.' })
  providerCode!: string;

  @Field(() => [VolumeModel], { description: 'Volumes that new configurations of the agency start with.' })
  defaultVolumes!: VolumeModel[];

  @Field(() => Int, {
    description: 'Increases with every change (optimistic locking: pass it as expectedVersion).',
  })
  version!: number;

  static from(entity: AgencyEntity): AgencyModel {
    return Object.assign(new AgencyModel(), {
      id: entity.id,
      name: entity.name,
      country: entity.country,
      organisationNumber: entity.organisationNumber,
      providerCode: entity.providerCode,
      defaultVolumes: entity.defaultVolumes.map(({ driverCode, quantity }) => ({ driverCode, quantity })),
      version: entity.version,
    });
  }
}

export const AgencyConnection = Connection(AgencyModel, 'Agency');
