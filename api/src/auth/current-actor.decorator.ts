import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor.js';

/** The request object after the auth hook has looked at its bearer token. */
export interface RequestWithActor {
  actor?: Actor | null;
}

/** Resolver parameter: the signed-in {@link Actor}, or null for an anonymous request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => {
    const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
    return request.actor ?? null;
  },
);
