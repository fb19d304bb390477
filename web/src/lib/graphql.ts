/** One GraphQL error as the API sends it. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** A request that failed: offline, a server error, or GraphQL errors. Its message is never shown raw. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly kind: 'network' | 'server' | 'graphql',
    readonly errors: GraphQLErrorBody[] = [],
  ) {
    super(`GraphQL request failed (${kind})`);
  }
}

/**
 * Posts one operation to the API. The interface language goes along as Accept-Language so
 * catalogue texts come back in it.
 */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { language?: string; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': options.language ?? 'en' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch {
    throw new GraphQLRequestError('network');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorBody[] } | null;
  if (body?.errors?.length) throw new GraphQLRequestError('graphql', body.errors);
  if (!response.ok || !body?.data) throw new GraphQLRequestError('server');
  return body.data;
}
