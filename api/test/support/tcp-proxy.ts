import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay on a free loopback port in front of a real server (PostgreSQL, Redis), so a test can
 * take "the database" or "Redis" away from one app — refusing new connections and cutting the
 * open ones, as a crashed or restarting server does — and bring it back, without touching the
 * shared server itself.
 */
export interface TcpProxy {
  readonly port: number;
  /** Cuts every open connection and refuses new ones. */
  down(): Promise<void>;
  /** Accepts connections again, on the same port. */
  up(): Promise<void>;
  /** Cuts every open connection, then accepts new ones but never answers (a hung network). */
  stall(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let stalled = false;
  const relay = (client: Socket): void => {
    if (stalled) {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => undefined);
      return;
    }
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  let server: Server = createServer(relay);
  await listen(server, 0);
  const port = (server.address() as { port: number }).port;
  const stop = async (): Promise<void> => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    port,
    down: stop,
    up: async () => {
      stalled = false;
      if (server.listening) {
        for (const socket of sockets) socket.destroy();
        return;
      }
      server = createServer(relay);
      await listen(server, port);
    },
    stall: async () => {
      stalled = true;
      for (const socket of sockets) socket.destroy();
    },
    close: async () => {
      if (server.listening) await stop();
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
