import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { passwordChangeRequired } from '../auth/auth.errors.js';
import { AuthService } from '../auth/auth.service.js';
import { CurrentActor, type RequestWithActor } from '../auth/current-actor.decorator.js';
import type { GraphQLContext } from '../common/graphql/graphql-options.js';
import { AgreementEvents, type AgreementEvent } from './agreement-events.js';
import { AgreementReadService } from './agreement-read.service.js';
import { AgreementModel } from './models/agreement.model.js';

type SubscriptionContext = { req: GraphQLContext['req'] & RequestWithActor };

/**
 * Live agreements over WebSocket, like live quotes: subscribing checks access as `agreement(id)`
 * does, and every event is answered by reading the agreement again as the subscriber, signed in
 * again from its token, may see it at that moment — so nothing leaks through events.
 */
@Resolver()
export class AgreementSubscriptionResolver {
  constructor(
    private readonly read: AgreementReadService,
    private readonly events: AgreementEvents,
    private readonly auth: AuthService,
  ) {}

  @Subscription(() => AgreementModel, {
    description:
      'The agreement, each time a change of it has been committed: amended, renewed, terminated, volumes or service results recorded. Same access as agreement(id).',
    async resolve(
      this: AgreementSubscriptionResolver,
      event: AgreementEvent,
      _args: unknown,
      context: SubscriptionContext,
    ) {
      const actor = await this.auth.actorOfAuthorization(context.req.headers.authorization);
      if (actor?.mustChangePassword) throw passwordChangeRequired();
      return AgreementModel.from(await this.read.agreement(actor, event.agreementId), this.read.today());
    },
  })
  async agreementChanged(
    @Args('id', { type: () => ID, description: 'The agreement to follow.' }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<AsyncIterableIterator<AgreementEvent>> {
    await this.read.agreement(actor, id);
    return this.events.ofAgreement(id);
  }
}
