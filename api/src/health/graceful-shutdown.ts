import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { DrainService } from './drain.service.js';

/** How long requests in flight may take to finish after SIGTERM (DESIGN: ≤ 10 s). */
export const DRAIN_TIMEOUT_MS = 10_000;
const IDLE_SWEEP_MS = 50;

/**
 * SIGTERM: not ready at once, WebSockets closed with 1012, no new connections, the requests in
 * flight finish — then the app closes (database pool, Redis). Requests still running after
 * `timeoutMs` are cut off so that the process ends in bounded time. Resolves true when everything
 * finished in time.
 */
export async function drainAndClose(app: INestApplication, timeoutMs = DRAIN_TIMEOUT_MS): Promise<boolean> {
  app.get(DrainService).begin();
  const server = app.getHttpServer() as Server;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const closed = app.close().then(() => true as const);
  // A keep-alive connection whose last response went out would otherwise stay open until its
  // idle timeout (and hold the close up): end each as soon as it is idle.
  const idleSweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const inTime = await Promise.race([closed, late]);
  clearTimeout(timer);
  clearInterval(idleSweep);
  if (!inTime) {
    server.closeAllConnections();
    await closed.catch(() => undefined);
  }
  return inTime;
}
