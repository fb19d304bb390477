import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Action } from '@servicekatalog/shared';
import { requireAccess } from './access.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import { passwordChangeRequired } from './auth.errors.js';
import type { RequestWithActor } from './current-actor.decorator.js';
import {
  ALLOWED_BEFORE_PASSWORD_CHANGE,
  IGNORES_TOKEN,
  REQUIRED_ACCESS,
} from './require-access.decorator.js';

interface GraphQLRequest extends RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The auth hook, registered as a global guard. For every GraphQL operation it reads
 * `Authorization: Bearer <token>` once per HTTP request and sets `req.actor`: null without the
 * header (anonymous), the Actor for a valid token of an active user; a bad, expired or tampered
 * token, or one of a deactivated or deleted user, is UNAUTHENTICATED. Then it applies
 * @RequireAccess. A user who must change a one-time password is refused every operation
 * (FORBIDDEN, reason PASSWORD_CHANGE_REQUIRED) except those marked @AllowedBeforePasswordChange
 * (`me`, `changePassword`). Operations marked @IgnoreToken (login) and other transports (the
 * health checks) pass untouched.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Top-level fields of one request resolve in parallel; they share one lookup. */
  private readonly pending = new WeakMap<object, Promise<Actor | null>>();

  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IGNORES_TOKEN, targets)) return true;
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: GraphQLRequest }>().req;
    const actor = await this.actorOf(req);
    if (
      actor?.mustChangePassword &&
      isOperation(gql.getInfo()) &&
      !this.allowedBeforePasswordChange(context)
    ) {
      throw passwordChangeRequired();
    }
    const action = this.reflector.getAllAndOverride<Action | undefined>(REQUIRED_ACCESS, targets);
    if (action) requireAccess(actor, action);
    return true;
  }

  private allowedBeforePasswordChange(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    return (
      this.reflector.getAllAndOverride<boolean | undefined>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets) === true
    );
  }

  private actorOf(req: GraphQLRequest): Promise<Actor | null> {
    let actor = this.pending.get(req);
    if (!actor) {
      actor = this.authenticate(req);
      this.pending.set(req, actor);
    }
    return actor;
  }

  private async authenticate(req: GraphQLRequest): Promise<Actor | null> {
    req.actor = null;
    req.actor = await this.auth.actorOfAuthorization(req.headers.authorization);
    return req.actor;
  }
}

/** A top-level field of a query or mutation (not a nested field, should guards ever run on those). */
function isOperation(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  const { schema, parentType } = info;
  return (
    parentType === schema.getQueryType() ||
    parentType === schema.getMutationType() ||
    parentType === schema.getSubscriptionType()
  );
}
