import { GraphQLError } from 'graphql';
import type { TokenService } from '../../auth/token.service.js';

/** DESIGN "Limits": subscriptions per connection, connections per user on each instance. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
export const MAX_CONNECTIONS_PER_USER = 5;
/** graphql-ws's own "too many" close code; its client does not reconnect after it. */
export const TOO_MANY_CONNECTIONS_CLOSE_CODE = 4429;

/** What the limits see of a graphql-ws connection. */
export interface LimitedConnection {
  connectionParams?: Readonly<Record<string, unknown>>;
  /** graphql-ws's record of the connection's subscriptions, the one being started included. */
  subscriptions: Readonly<Record<string, unknown>>;
  extra: { socket: ClosableSocket };
}

interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Counts the sockets of each signed-in user on this instance and the subscriptions of each socket,
 * so that one client cannot multiply the work an event causes (one comment re-pricing for hundreds
 * of subscriptions). A socket without a valid token is not a user's: it counts for nobody, and its
 * subscriptions are refused by the auth guard anyway.
 */
export class SubscriptionLimits {
  private readonly socketsPerUser = new Map<string, number>();

  constructor(
    private readonly tokens: TokenService,
    private readonly maxConnections = MAX_CONNECTIONS_PER_USER,
    private readonly maxSubscriptions = MAX_SUBSCRIPTIONS_PER_CONNECTION,
  ) {}

  /**
   * On `connection_init`: counts the socket for its user until it closes. The user's
   * (maxConnections + 1)th socket is closed with 4429 and false is returned (not acknowledged).
   */
  async admit(connection: LimitedConnection): Promise<boolean> {
    const user = await this.userOf(connection.connectionParams?.authorization);
    if (!user) return true;
    const open = this.socketsPerUser.get(user) ?? 0;
    if (open >= this.maxConnections) {
      connection.extra.socket.close(
        TOO_MANY_CONNECTIONS_CLOSE_CODE,
        `At most ${this.maxConnections} live connections per user`,
      );
      return false;
    }
    this.socketsPerUser.set(user, open + 1);
    connection.extra.socket.once('close', () => this.release(user));
    return true;
  }

  /** On `subscribe`: TOO_MANY_REQUESTS beyond the connection's allowance, else null. */
  subscriptionError(connection: LimitedConnection): GraphQLError | null {
    if (Object.keys(connection.subscriptions).length <= this.maxSubscriptions) return null;
    return new GraphQLError(
      `At most ${this.maxSubscriptions} subscriptions per connection: stop one before starting another.`,
      { extensions: { code: 'TOO_MANY_REQUESTS' } },
    );
  }

  /** Open sockets of a user on this instance (for tests and metrics). */
  connectionsOf(user: string): number {
    return this.socketsPerUser.get(user) ?? 0;
  }

  private release(user: string): void {
    const open = (this.socketsPerUser.get(user) ?? 1) - 1;
    if (open > 0) this.socketsPerUser.set(user, open);
    else this.socketsPerUser.delete(user);
  }

  private async userOf(authorization: unknown): Promise<string | null> {
    if (typeof authorization !== 'string') return null;
    const token = /^Bearer (\S+)$/i.exec(authorization)?.[1];
    if (!token) return null;
    try {
      return (await this.tokens.verify(token)).sub;
    } catch {
      return null; // not a user's socket: the guard refuses its subscriptions
    }
  }
}
