import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

/** A raw TCP connection to the app, for what fetch cannot do: send slowly, or hold a connection idle. */
export interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves once the server has closed the connection (or it failed). */
  closed: Promise<void>;
  isClosed(): boolean;
  /** Stops sending and closes the connection from this side. */
  end(): void;
}

/** Opens a TCP connection to the host and port of `url` and waits until it is established. */
export function openConnection(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let data = '';
    let isClosed = false;
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    socket.on('close', () => (isClosed = true));
    // A reset is how a dropped connection may end; it is seen through `closed`.
    socket.on('error', () => undefined);
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => data,
        closed,
        isClosed: () => isClosed,
        end: () => socket.destroy(),
      }),
    );
    socket.once('error', reject);
  });
}

/**
 * Starts a GraphQL POST announcing `length` bytes and sends its body one byte every `everyMs`
 * (a "slow body" client), until the server closes the connection or `end()` is called.
 */
export async function tricklingBody(url: string, length = 10_000, everyMs = 100): Promise<RawConnection> {
  const connection = await openConnection(url);
  const { host } = new URL(url);
  connection.socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n{`,
  );
  const timer = setInterval(() => {
    if (!connection.isClosed()) connection.socket.write(' ');
  }, everyMs);
  void connection.closed.then(() => clearInterval(timer));
  return connection;
}

/** Sends request headers one line every `everyMs`, never finishing them (a "slow headers" client). */
export async function tricklingHeaders(url: string, everyMs = 100): Promise<RawConnection> {
  const connection = await openConnection(url);
  connection.socket.write(`GET /healthz HTTP/1.1\r\nHost: ${new URL(url).host}\r\n`);
  let line = 0;
  const timer = setInterval(() => {
    line += 1;
    if (!connection.isClosed()) connection.socket.write(`x-slow-${line}: 1\r\n`);
  }, everyMs);
  void connection.closed.then(() => clearInterval(timer));
  return connection;
}

/**
 * One GraphQL request on a connection of its own (`Connection: close`, no pooling, so it holds
 * no connection afterwards): the status, or the network error's code when the server refused it.
 */
export function postOnNewConnection(url: string, query: string): Promise<number | string> {
  const body = JSON.stringify({ query });
  return new Promise((resolve) => {
    const outgoing = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          connection: 'close',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    outgoing.end(body);
  });
}

/** Resolves with true once `promise` settles within `ms`, false otherwise. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return settled;
}
