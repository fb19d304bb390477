import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

type BodyErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE';

/** A request body the server refuses before GraphQL sees it; its status follows its code. */
class BodyError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: BodyErrorCode,
    message: string,
  ) {
    super(message);
    this.statusCode = code === 'PAYLOAD_TOO_LARGE' ? 413 : 400;
  }
}

const logger = new Logger('HTTP');

/** Only a text that names one of these keys can carry one (with or without \u escapes). */
const SUSPECT_KEY = /proto|constructor|\\u/i;

/**
 * A JSON body. A `__proto__` key, or a `constructor` key holding a `prototype`, is refused: copied
 * onto an object (by a spread or a merge anywhere below), it would change that object's prototype.
 */
export function parseJsonBody(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  if (body.length === 0)
    return done(new BodyError('BAD_REQUEST', 'The request body is empty; send a GraphQL request as JSON.'));
  const text = body.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return done(new BodyError('BAD_REQUEST', 'The request body is not valid JSON.'));
  }
  if (SUSPECT_KEY.test(text) && carriesPrototypeKey(value)) {
    return done(
      new BodyError(
        'BAD_REQUEST',
        'The request body must not contain "__proto__" or "constructor.prototype" keys.',
      ),
    );
  }
  done(null, value);
}

/** Walks the parsed body (JSON.parse keeps a `__proto__` key as an own property, so it is seen). */
function carriesPrototypeKey(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Object.hasOwn(node, '__proto__')) return true;
    const ctor: unknown = (node as Record<string, unknown>).constructor;
    if (
      Object.hasOwn(node, 'constructor') &&
      typeof ctor === 'object' &&
      ctor !== null &&
      Object.hasOwn(ctor, 'prototype')
    ) {
      return true;
    }
    // One by one: a spread of a long array would overflow the call's arguments.
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return false;
}

/**
 * What a client gets when its body is refused before GraphQL runs (too large, not JSON, an
 * unsupported type): a GraphQL error, not Fastify's or Nest's own shape. A client's fault is not
 * logged; anything else is, and is masked.
 */
export function graphqlRequestErrorHandler(bodyLimit: number) {
  return (error: FastifyError | BodyError, _request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const refused = asBodyError(error, bodyLimit);
    if (!refused) {
      logger.error(
        {
          message: 'Unexpected error in an HTTP request to /graphql',
          error: `${error.name}: ${error.message}`,
        },
        error.stack,
      );
    }
    const code = refused?.code ?? 'INTERNAL_SERVER_ERROR';
    const message = refused?.message ?? 'Something went wrong on our side. Please try again later.';
    return reply
      .code(refused?.statusCode ?? 500)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}

function asBodyError(error: FastifyError | BodyError, bodyLimit: number): BodyError | null {
  if (error instanceof BodyError) return error;
  const status = error.statusCode ?? 500;
  if (status === 413) {
    const megabytes = bodyLimit / 1_000_000;
    return new BodyError(
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the limit of ${megabytes} MB.`,
    );
  }
  // Fastify's own refusals of a request (unsupported media type, a body shorter than its length, …).
  if (status >= 400 && status < 500) return new BodyError('BAD_REQUEST', error.message);
  return null;
}

/**
 * Installs the JSON body parser and the GraphQL error shape for requests the /graphql route
 * refuses before Apollo runs. Call before `app.init()` (the GraphQL route is added then).
 */
export function installBodyErrors(
  app: NestFastifyApplication,
  bodyLimit: number,
  graphqlPath = '/graphql',
): void {
  app.useBodyParser('application/json', { bodyLimit }, parseJsonBody);
  const onError = graphqlRequestErrorHandler(bodyLimit);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if (route.url === graphqlPath) route.errorHandler = onError;
    });
}
