import type { TypedDocumentString } from './generated/graphql';

/** One GraphQL error as the API sends it. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** Why a request failed: offline/unreachable, a server fault, or GraphQL errors. */
export type RequestFailure = 'network' | 'server' | 'graphql';

/** A request that failed. Its message is for logs only; people see a worded state instead. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly kind: RequestFailure,
    readonly errors: GraphQLErrorBody[] = [],
  ) {
    super(`GraphQL request failed (${kind}${errors[0]?.extensions?.code ? `: ${errors[0].extensions.code}` : ''})`);
    this.name = 'GraphQLRequestError';
  }

  /** The first error's `extensions.code`, e.g. BAD_USER_INPUT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export interface RequestOptions {
  /** Interface language, sent as Accept-Language so catalogue texts come back in it (then English). */
  language?: string;
  signal?: AbortSignal;
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
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'accept-language': acceptLanguage(options.language),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new GraphQLRequestError('network');
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: GraphQLErrorBody[] } | null;
  if (body?.errors?.length) throw new GraphQLRequestError('graphql', body.errors);
  if (!response.ok || !body?.data) throw new GraphQLRequestError('server');
  return body.data;
}

/** "da" → "da, en;q=0.5": the UI language first, English as the fallback the API also applies. */
export function acceptLanguage(language = 'en'): string {
  return language === 'en' ? 'en' : `${language}, en;q=0.5`;
}
