import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/paging.js';
import type { ProposalEntity, ProposalStatus } from '../proposal.entity.js';
import { PROPOSAL_MOVES } from '../proposal.rules.js';
import { ProposalStatusEnum } from './proposal-enums.js';

/**
 * A customer agency's proposal for a new or changed service. `agencyName` and `myAgencyVoted`
 * are resolved separately, in batches per request.
 */
@ObjectType('Proposal', {
  description:
    "A customer agency's proposal for a new or changed service of a centre, with its votes (one per agency) and the centre's response and status. Public.",
})
export class ProposalModel {
  @Field(() => ID, { description: 'Id of the proposal.' })
  id!: string;

  @Field({
    description: 'Code of the centre the proposal is made to (the one that serves the proposing agency).',
  })
  providerCode!: string;

  /** Internal: the proposing agency's id, for `agencyName`. */
  agencyId!: string;

  @Field({ description: 'Title, 1 to 200 characters.' })
  title!: string;

  @Field({ description: 'What is proposed and why, 1 to 5000 characters.' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the service of the centre's catalogue the proposal would change (as it was in force when proposed); null for a new service.",
  })
  serviceCode!: string | null;

  @Field(() => ProposalStatusEnum, {
    description: 'Where the proposal stands; see ProposalStatus for the moves.',
  })
  status!: ProposalStatus;

  @Field(() => String, {
    nullable: true,
    description: "The centre's latest response; null until it responds.",
  })
  response!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the centre last responded (UTC timestamp).' })
  respondedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the account manager (or administrator) who last responded, as it was then.',
  })
  respondedByName!: string | null;

  @Field(() => [ProposalStatusEnum], {
    description:
      'The statuses the centre may set in its next response (respondToProposal); empty once the proposal is closed (DECLINED or DONE).',
  })
  nextStatuses!: ProposalStatus[];

  @Field(() => Int, { description: 'Number of agencies that vote for the proposal (one vote per agency).' })
  voteCount!: number;

  @Field(() => Date, { description: 'When the proposal was made (UTC timestamp).' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the proposal or its status last changed (votes do not count).' })
  updatedAt!: Date;

  @Field(() => Int, {
    description:
      "Optimistic-locking counter of the centre's responses: pass it as `expectedVersion` to respondToProposal; a stale value is refused with CONFLICT. Votes do not change it.",
  })
  version!: number;

  static from(entity: ProposalEntity): ProposalModel {
    return Object.assign(new ProposalModel(), {
      id: entity.id,
      providerCode: entity.providerCode,
      agencyId: entity.agencyId,
      title: entity.title,
      description: entity.description,
      serviceCode: entity.serviceCode,
      status: entity.status,
      nextStatuses: [...PROPOSAL_MOVES[entity.status]],
      response: entity.response,
      respondedAt: entity.respondedAt,
      respondedByName: entity.respondedByName,
      voteCount: entity.voteCount,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

export const ProposalConnection = Connection(ProposalModel, 'Proposal');
