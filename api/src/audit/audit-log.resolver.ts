import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { ConnectionShape } from '../common/graphql/paging.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model.js';

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(private readonly log: AuditLogService) {}

  @Query(() => AuditEventConnection, {
    description:
      'The audit log, newest first: who changed what and when, with before and after. Administrators see every event; account managers the events about their own centre (its catalogues, agencies, quotes and benchmark figures); customers may not read it.',
  })
  auditEvents(
    @Args() args: AuditEventsArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ConnectionShape<AuditEventModel>> {
    return this.log.events(actor, args);
  }
}
