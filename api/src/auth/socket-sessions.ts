import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import { UserSessions } from '../users/user-sessions.js';
import { AuthService } from './auth.service.js';

/** graphql-ws's code for "Unauthorized": the client signs in again instead of reconnecting. */
export const SOCKET_UNAUTHORIZED = 4401;

/** Closes one WebSocket with a code and a reason. */
export type CloseSocket = (code: number, reason: string) => void;

interface WatchedSocket {
  userId: string;
  authorization: string;
  close: CloseSocket;
  expiry: NodeJS.Timeout;
}

/**
 * DESIGN, "Limits" → Sessions: a WebSocket whose token expires or is revoked is closed with 4401.
 * Each signed-in socket is watched from `connection_init` on: a timer fires when its token
 * expires, and every change of its user (logout, new password, deactivation, new role… on any
 * instance) checks the token again. Sockets without a valid token at connection time are left to
 * each subscription, which answers UNAUTHENTICATED.
 */
@Injectable()
export class SocketSessions implements OnModuleDestroy {
  private readonly logger = new Logger(SocketSessions.name);
  private readonly sockets = new Map<object, WatchedSocket>();
  private readonly stopFollowing: () => void;

  constructor(
    private readonly auth: AuthService,
    sessions: UserSessions,
  ) {
    this.stopFollowing = sessions.onChange((userId) => void this.recheck(userId));
  }

  /** Starts watching the socket identified by `key` (its graphql-ws context). */
  async watch(key: object, authorization: string | undefined, close: CloseSocket): Promise<void> {
    let session;
    try {
      session = await this.auth.sessionOfAuthorization(authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) return;
      throw error;
    }
    if (!session || !authorization) return;
    const expiry = setTimeout(
      () => this.end(key, 'Your sign-in has expired.'),
      Math.max(0, session.expiresAt.getTime() - Date.now()),
    );
    expiry.unref();
    this.sockets.set(key, { userId: session.actor.userId, authorization, close, expiry });
  }

  /** The socket closed. */
  release(key: object): void {
    const watched = this.sockets.get(key);
    if (!watched) return;
    clearTimeout(watched.expiry);
    this.sockets.delete(key);
  }

  onModuleDestroy(): void {
    this.stopFollowing();
    for (const key of [...this.sockets.keys()]) this.release(key);
  }

  /** How many signed-in sockets are watched (diagnostics and tests). */
  get size(): number {
    return this.sockets.size;
  }

  private async recheck(userId: string): Promise<void> {
    for (const [key, watched] of [...this.sockets]) {
      if (watched.userId !== userId) continue;
      try {
        await this.auth.sessionOfAuthorization(watched.authorization);
      } catch (error) {
        if (error instanceof UnauthenticatedError) this.end(key, 'Your sign-in is not valid any more.');
        else this.logger.warn({ message: 'Could not check a socket’s token', error: String(error) });
      }
    }
  }

  private end(key: object, reason: string): void {
    const watched = this.sockets.get(key);
    if (!watched) return;
    this.release(key);
    watched.close(SOCKET_UNAUTHORIZED, reason);
  }
}
