import type { ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { SocketSessions } from '../../auth/socket-sessions.js';

/**
 * graphql-ws hooks that hand each signed-in socket to {@link SocketSessions}, which closes it with
 * 4401 when its token expires or is revoked. The check runs before the connection is acknowledged.
 */
export function socketSessionHooks(sessions: SocketSessions): Pick<ServerOptions, 'onConnect' | 'onClose'> {
  return {
    onConnect: async (ctx) => {
      const authorization = (ctx.connectionParams ?? {}).authorization;
      const socket = (ctx.extra as { socket?: WebSocket }).socket;
      await sessions.watch(
        ctx,
        typeof authorization === 'string' ? authorization : undefined,
        (code, reason) => socket?.close(code, reason),
      );
    },
    onClose: (ctx) => sessions.release(ctx),
  };
}
