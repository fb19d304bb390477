import { graphqlRequest } from '../../../lib/graphql';

export interface ProviderSummary {
  code: string;
  name: string;
  country: string;
  versions: Array<{ number: number; status: string }>;
}

const PROVIDERS_QUERY = /* GraphQL */ `
  query Providers {
    providers {
      code
      name
      country
      versions {
        number
        status
      }
    }
  }
`;

/** The centres and their catalogue versions. */
export async function fetchProviders(language: string, signal?: AbortSignal): Promise<ProviderSummary[]> {
  const data = await graphqlRequest<{ providers: ProviderSummary[] }>(PROVIDERS_QUERY, {}, { language, signal });
  return data.providers;
}
