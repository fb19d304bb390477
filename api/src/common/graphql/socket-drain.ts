import type { WebSocketServer } from 'ws';
import type { DrainService } from '../../health/drain.service.js';

/** WebSocket close code "Service Restart" (RFC 6455 registry): clients reconnect, to another instance. */
export const SERVICE_RESTART = 1012;

/**
 * Closes the subscription sockets with 1012 when the instance starts draining, and any socket that
 * still opens after that; the web app reconnects (through the load balancer, to an instance that
 * is ready) and refreshes what it follows.
 */
export function closeSocketsOnDrain(drain: DrainService, wss: WebSocketServer): void {
  drain.onDrain(() => {
    for (const socket of wss.clients) socket.close(SERVICE_RESTART, 'Service restart');
    wss.on('connection', (socket) => socket.close(SERVICE_RESTART, 'Service restart'));
  });
}
