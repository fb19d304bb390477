import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import type { Actor, Role } from './actor.js';
import { AuthService } from './auth.service.js';
import { invalidToken } from './auth.errors.js';
import type { RequestWithActor } from './current-actor.decorator.js';
import { IGNORES_TOKEN, REQUIRED_ROLES } from './require-roles.decorator.js';

interface GraphQLRequest extends RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The auth hook, registered as a global guard. For every GraphQL operation it reads
 * `Authorization: Bearer <token>` once per HTTP request and sets `req.actor`: null without the
 * header (anonymous), the Actor for a valid token of an active user; a bad, expired or tampered
 * token, or one of a deactivated or deleted user, is UNAUTHENTICATED. Then it applies
 * @RequireRoles. Operations marked @IgnoreToken (login) and other transports (the health checks)
 * pass untouched.
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
    const req = GqlExecutionContext.create(context).getContext<{ req: GraphQLRequest }>().req;
    const actor = await this.actorOf(req);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !actor) throw new UnauthenticatedError();
    if (roles && actor && !roles.includes(actor.role)) throw new ForbiddenError();
    return true;
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
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) return null;
    if (token === null) throw invalidToken();
    req.actor = await this.auth.authenticate(token);
    return req.actor;
  }
}

/** undefined: no Authorization header; null: a header that is not `Bearer <token>`. */
function bearerToken(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}
