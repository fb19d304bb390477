import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AuditService } from '../audit/audit.service.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { UsersService } from '../users/users.service.js';
import { ProposalCatalogueReader } from './proposal-catalogue.reader.js';
import { ProposalEntity, type ProposalStatus } from './proposal.entity.js';
import { ProposalErrors } from './proposal.errors.js';
import { ProposalPolicy } from './proposal.policy.js';
import { ProposalRepository } from './proposal.repository.js';
import {
  assertMove,
  assertVersion,
  checkText,
  DESCRIPTION_MAX_LENGTH,
  optionalCode,
  PROPOSAL_ENTITY,
  proposalSnapshot,
  RESPONSE_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from './proposal.rules.js';

/** What `createProposal` takes (GraphQL `CreateProposalInput`). */
export interface CreateProposalCommand {
  providerCode: string;
  /** Required for administrators; customers propose for their own agency. */
  agencyId?: string | null;
  title: string;
  description: string;
  serviceCode?: string | null;
}

/** A proposal's own fields, checked. */
export interface NewProposal {
  providerCode: string;
  agencyId: string;
  title: string;
  description: string;
  serviceCode: string | null;
}

/** What `respondToProposal` takes. */
export interface RespondCommand {
  id: string;
  status: ProposalStatus;
  response: string;
  expectedVersion: number;
}

const INPUT = 'input';

/** Making a proposal (customers, administrators) and the centre's response to one. */
@Injectable()
export class ProposalWriteService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: ProposalRepository,
    private readonly agencies: AgencyService,
    private readonly users: UsersService,
    private readonly catalogues: ProposalCatalogueReader,
    private readonly audit: AuditService,
  ) {}

  /**
   * A new OPEN proposal of the actor's agency (an administrator names one) to the centre that
   * serves it, optionally about one service of that centre's catalogue in force today.
   */
  async create(actor: Actor | null, input: CreateProposalCommand): Promise<ProposalEntity> {
    const proposer = ProposalPolicy.requireRole(actor, 'PROPOSE');
    const agencyId = ProposalPolicy.agencyToActFor(proposer, input.agencyId, `${INPUT}.agencyId`);
    const title = checkText(input.title, `${INPUT}.title`, 'title', TITLE_MAX_LENGTH);
    const description = checkText(
      input.description,
      `${INPUT}.description`,
      'description',
      DESCRIPTION_MAX_LENGTH,
    );
    const catalogue = await this.catalogues.inForce(input.providerCode);
    if (!catalogue) throw ProposalErrors.unknownProvider(`${INPUT}.providerCode`);
    const agency = await this.agencies.findById(agencyId);
    if (!agency) throw ProposalErrors.agencyNotFound(`${INPUT}.agencyId`);
    ProposalPolicy.requireServedBy(proposer, agency, input.providerCode, `${INPUT}.agencyId`);
    const serviceCode = optionalCode(input.serviceCode);
    if (serviceCode && !(await this.catalogues.hasService(catalogue, serviceCode)))
      throw ProposalErrors.unknownService(input.providerCode, `${INPUT}.serviceCode`);
    return this.transactions.run((manager) =>
      this.insertIn(manager, proposer, {
        providerCode: input.providerCode,
        agencyId: agency.id,
        title,
        description,
        serviceCode,
      }),
    );
  }

  /**
   * Inserts a new OPEN proposal whose fields are already checked, with its audit event, inside the
   * caller's transaction (createProposal's, or the demo seed's).
   */
  async insertIn(manager: EntityManager, actor: Actor, fields: NewProposal): Promise<ProposalEntity> {
    const now = new Date();
    const proposal = Object.assign(new ProposalEntity(), {
      id: randomUUID(),
      ...fields,
      status: 'OPEN',
      response: null,
      respondedAt: null,
      respondedBy: null,
      respondedByName: null,
      voteCount: 0,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    } satisfies ProposalEntity);
    await this.repository.insert(manager, proposal);
    await this.audit.record(manager, {
      actor,
      entity: PROPOSAL_ENTITY,
      entityId: proposal.id,
      action: 'CREATE',
      before: null,
      after: proposalSnapshot(proposal),
    });
    return proposal;
  }

  /**
   * The centre's response: a move allowed by PROPOSAL_MOVES and the response text, under
   * optimistic locking (a stale `expectedVersion` is CONFLICT and changes nothing).
   */
  async respond(actor: Actor | null, command: RespondCommand): Promise<ProposalEntity> {
    const responder = ProposalPolicy.requireRole(actor, 'RESPOND');
    const response = checkText(command.response, 'response', 'response', RESPONSE_MAX_LENGTH);
    return this.transactions.run(async (manager) => {
      const before = await this.repository.findById(command.id, manager);
      if (!before) throw ProposalErrors.notFound();
      ProposalPolicy.requireResponderFor(responder, before.providerCode);
      return this.respondIn(manager, responder, before, { ...command, response });
    });
  }

  /**
   * Applies a response to `before` (as read in the caller's transaction): checks the version and
   * the move, then a version-checked UPDATE and its audit event.
   */
  async respondIn(
    manager: EntityManager,
    responder: Actor,
    before: ProposalEntity,
    command: Omit<RespondCommand, 'id'>,
  ): Promise<ProposalEntity> {
    assertVersion(before, command.expectedVersion);
    assertMove(before.status, command.status);
    const user = await this.users.findById(responder.userId, manager);
    const now = new Date();
    const changes = {
      status: command.status,
      response: command.response,
      respondedAt: now,
      respondedBy: responder.userId,
      // Operator tools act without a user row; they sign with their e-mail.
      respondedByName: user?.name ?? responder.email,
      updatedAt: now,
    };
    await this.repository.respondIfVersion(
      manager,
      before.id,
      command.expectedVersion,
      before.status,
      changes,
    );
    // Re-read: votes may have changed the count since `before` was read (they do not bump the version).
    const after = await this.repository.findById(before.id, manager);
    if (!after) throw new Error(`Proposal ${before.id} vanished inside its own transaction.`);
    await this.audit.record(manager, {
      actor: responder,
      entity: PROPOSAL_ENTITY,
      entityId: before.id,
      action: 'RESPOND',
      before: proposalSnapshot(before),
      after: proposalSnapshot(after),
    });
    return after;
  }
}
