import { Injectable, Logger } from '@nestjs/common';

/**
 * Whether this instance is draining (DESIGN, "SIGTERM drains"): from the moment it starts,
 * `/readyz` answers 503 so the load balancer stops sending work here, and whoever registered with
 * {@link onDrain} lets its long-lived connections go (the WebSockets close with 1012, "service
 * restart", and clients reconnect to another instance).
 */
@Injectable()
export class DrainService {
  private readonly logger = new Logger(DrainService.name);
  private readonly listeners: Array<() => void> = [];
  private started = false;

  get draining(): boolean {
    return this.started;
  }

  /** Runs `listener` when the drain starts (at once when it already has). */
  onDrain(listener: () => void): void {
    if (this.started) listener();
    else this.listeners.push(listener);
  }

  /** Starts the drain; a second call does nothing. */
  begin(): void {
    if (this.started) return;
    this.started = true;
    this.logger.log('Draining: not ready, closing live connections, finishing requests in flight');
    for (const listener of this.listeners.splice(0)) {
      try {
        listener();
      } catch (error) {
        this.logger.error('A drain step failed', error instanceof Error ? error.stack : String(error));
      }
    }
  }
}
