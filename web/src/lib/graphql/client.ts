import { endSession, sessionToken, updateSessionUser } from '../session/session-store';
import type { TypedDocumentString } from './generated/graphql';

/** One GraphQL error as the API sends it. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    /** Why a CONFLICT or FORBIDDEN, e.g. STALE_VERSION, EXPIRED, PASSWORD_CHANGE_REQUIRED. */
    reason?: string;
    [key: string]: unknown;
  };
}

/** Why a request failed: offline/unreachable, a server fault, or GraphQL errors. */
export type RequestFailure = 'network' | 'server' | 'graphql';

/** A request that failed. Its message is for logs only; people see a worded state instead. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly kind: RequestFailure,
    readonly errors: GraphQLErrorBody[] = [],
  ) {
    super(
      `GraphQL request failed (${kind}${errors[0]?.extensions?.code ? `: ${errors[0].extensions.code}` : ''})`,
    );
    this.name = 'GraphQLRequestError';
  }

  /** The first error's `extensions.code`, e.g. BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** The first error's `extensions.reason`, e.g. STALE_VERSION. */
  get reason(): string | undefined {
    return this.errors[0]?.extensions?.reason;
  }
}

export interface RequestOptions {
  /** Interface language, sent as Accept-Language so catalogue texts come back in it (then English). */
  language?: string;
  signal?: AbortSignal;
  /** Send no token even when signed in (signing in itself). */
  anonymous?: boolean;
  /** Send this token instead of the session's (signing out: the session is gone already). */
  token?: string;
}

/**
 * Posts one typed operation to the API. The operation text is a generated TypedDocumentString, so
 * the variables and the result are typed from the committed schema.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const token = options.anonymous ? null : (options.token ?? sessionToken());
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'accept-language': acceptLanguage(options.language),
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const text = document.toString();
  const body = JSON.stringify({ query: text, variables: withIdempotencyKey(text, variables) });
  let response: Response;
  try {
    response = await post(body, headers, options.signal, mayRetry(text));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new GraphQLRequestError('network');
  }
  const answer = (await response.json().catch(() => null)) as {
    data?: TResult | null;
    errors?: GraphQLErrorBody[];
  } | null;
  if (answer?.errors?.length) {
    const error = new GraphQLRequestError('graphql', answer.errors);
    // A token the API refuses is dropped and the request asked again without it: public reads
    // then still work, and what needs a sign-in fails as anonymous (UNAUTHENTICATED) once more.
    if (token && followSession(error, token) && !options.token)
      return execute(document, variables, { ...options, anonymous: true });
    throw error;
  }
  if (!response.ok || !answer?.data) throw new GraphQLRequestError('server');
  return answer.data;
}

/** The load balancer's own answers when no instance could take the request: no GraphQL body. */
const BALANCER_STATUSES = new Set([502, 503, 504]);

/**
 * Posts once, and once more on a network error — the connection failed or dropped, or the load
 * balancer answered for a missing instance — when that is safe: a query, or a write that carries
 * an idempotency key (the API answers a repeat with the first result instead of doing it twice).
 */
async function post(
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  retry: boolean,
): Promise<Response> {
  const send = () => fetch('/graphql', { method: 'POST', headers, body, signal });
  try {
    const response = await send();
    if (!retry || !BALANCER_STATUSES.has(response.status) || (await hasGraphQLBody(response)))
      return response;
  } catch (error) {
    if (!retry || signal?.aborted) throw error;
  }
  return send();
}

async function hasGraphQLBody(response: Response): Promise<boolean> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: unknown } | null;
  return Array.isArray(body?.errors);
}

function mayRetry(operation: string): boolean {
  return /^\s*query\b/.test(operation) || operation.includes('$idempotencyKey');
}

/**
 * A write that takes an idempotency key gets a fresh one for each call — each user action calls
 * once — and its retry above reuses it. A key the caller passed is kept.
 */
function withIdempotencyKey<TVariables>(operation: string, variables: TVariables): TVariables {
  if (!operation.includes('$idempotencyKey')) return variables;
  const given = (variables as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  if (typeof given === 'string') return variables;
  return { ...variables, idempotencyKey: newIdempotencyKey() };
}

/** 32 hex digits: within the API's 8–64 characters of [A-Za-z0-9_-]. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}

/** "da" → "da, en;q=0.5": the UI language first, English as the fallback the API also applies. */
export function acceptLanguage(language = 'en'): string {
  return language === 'en' ? 'en' : `${language}, en;q=0.5`;
}

/**
 * The API no longer accepts the token (expired, user deactivated): drop it, so the app shows
 * itself signed out (true: ask again without it). A user with a one-time password is refused everything until it is changed:
 * remember that, so the app sends them to the change-password page.
 */
function followSession(error: GraphQLRequestError, token: string): boolean {
  const extensions = error.errors.map((item) => item.extensions);
  if (extensions.some((item) => item?.code === 'UNAUTHENTICATED')) {
    endSession('unauthenticated', token);
    return true;
  }
  if (extensions.some((item) => item?.reason === 'PASSWORD_CHANGE_REQUIRED'))
    updateSessionUser((user) => user && { ...user, mustChangePassword: true });
  return false;
}
