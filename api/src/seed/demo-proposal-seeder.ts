import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import { ProposalVoteService } from '../proposals/proposal-vote.service.js';
import { ProposalWriteService } from '../proposals/proposal-write.service.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_AGENCIES, DEMO_USERS } from './demo-data.js';
import { DEMO_PROPOSALS } from './demo-proposals.js';

/**
 * Writes the demo proposals inside the seed's transaction, through the proposals' own services
 * (so they carry audit events like any other): each proposed and voted for by the demo customer
 * of the agency, answered by the demo account manager of the centre.
 */
@Injectable()
export class DemoProposalSeeder {
  constructor(
    private readonly proposals: ProposalWriteService,
    private readonly votes: ProposalVoteService,
    private readonly users: UsersService,
  ) {}

  async seedIn(manager: EntityManager, agencyIds: ReadonlyMap<string, string>): Promise<void> {
    const providerOf = new Map(DEMO_AGENCIES.map((agency) => [agency.key, agency.providerCode]));
    const actorOf = async (find: (user: (typeof DEMO_USERS)[number]) => boolean): Promise<Actor> => {
      const demo = DEMO_USERS.find(find);
      const user = demo ? await this.users.findByEmail(demo.email, manager) : null;
      // An agency without a demo customer (Exempelmyndigheten) proposes through the system actor.
      if (!user) return SYSTEM_ACTOR;
      return {
        userId: user.id,
        email: user.email,
        role: user.role,
        providerCode: user.providerCode,
        agencyId: user.agencyId,
      };
    };
    for (const demo of DEMO_PROPOSALS) {
      const agencyId = agencyIds.get(demo.agencyKey);
      const providerCode = providerOf.get(demo.agencyKey);
      if (!agencyId || !providerCode) throw new Error(`No demo agency ${demo.agencyKey}.`);
      const proposer = await actorOf((user) => user.agencyKey === demo.agencyKey);
      let proposal = await this.proposals.insertIn(manager, proposer, {
        providerCode,
        agencyId,
        title: demo.title,
        description: demo.description,
        serviceCode: demo.serviceCode,
      });
      for (const key of demo.votes) {
        const voter = await actorOf((user) => user.agencyKey === key);
        proposal = await this.votes.castIn(manager, voter, proposal, agencyIds.get(key) ?? '');
      }
      if (demo.responses.length === 0) continue;
      const responder = await actorOf(
        (user) => user.role === 'ACCOUNT_MANAGER' && user.providerCode === providerCode,
      );
      for (const response of demo.responses)
        proposal = await this.proposals.respondIn(manager, responder, proposal, {
          ...response,
          expectedVersion: proposal.version,
        });
    }
  }
}
