import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { RequireAccess } from '../auth/require-access.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { AgencyAdminService } from './agency-admin.service.js';
import { AgenciesArgs, CreateAgencyInput, UpdateAgencyInput } from './dto/agency.input.js';
import { AgencyConnection, AgencyModel } from './models/agency.model.js';

/** Customer agencies: read by whoever may see them, created and edited by admins and account managers. */
@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly admin: AgencyAdminService) {}

  @Query(() => AgencyConnection, {
    description:
      'Agencies ordered by name: administrators see all, account managers the agencies their centre serves, customers their own agency.',
  })
  @RequireAccess('SIGNED_IN')
  agencies(
    @Args() args: AgenciesArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ConnectionShape<AgencyModel>> {
    return this.admin.list(actor, args);
  }

  @Query(() => AgencyModel, {
    nullable: true,
    description: 'One agency. NOT_FOUND when it does not exist or is not yours to see.',
  })
  @RequireAccess('SIGNED_IN')
  agency(
    @Args('id', { type: () => ID, description: 'Id of the agency.' }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgencyModel> {
    return this.admin.get(actor, id);
  }

  @Mutation(() => AgencyModel, {
    description:
      "Registers a customer agency. Administrators for any provider, account managers for their own centre. The organisation number is checked by its country's check digit and stored in the country's customary form; one already registered is BAD_USER_INPUT on input.organisationNumber.",
  })
  @RequireAccess('AGENCY_EDIT')
  createAgency(
    @Args('input', { type: () => CreateAgencyInput }) input: CreateAgencyInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgencyModel> {
    return this.admin.create(actor, input);
  }

  @Mutation(() => AgencyModel, {
    description:
      'Changes an agency. Administrators any, account managers those of their own centre (without moving them to another). A stale expectedVersion is CONFLICT.',
  })
  @RequireAccess('AGENCY_EDIT')
  updateAgency(
    @Args('id', { type: () => ID, description: 'Id of the agency.' }) id: string,
    @Args('input', { type: () => UpdateAgencyInput }) input: UpdateAgencyInput,
    @Args('expectedVersion', { type: () => Int, description: 'The `version` of the agency you last saw.' })
    expectedVersion: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<AgencyModel> {
    return this.admin.update(actor, id, input, expectedVersion);
  }
}
