import { useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { quoteKeys } from '../../../lib/quote/quote-queries';

const AgenciesToQuoteForDocument = graphql(`
  query AgenciesToQuoteFor($providerCode: String!, $first: Int!) {
    agencies(providerCode: $providerCode, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          organisationNumber
        }
      }
    }
  }
`);

/** The API's largest page: a centre serves tens of agencies, not hundreds. */
const MOST_AGENCIES = 100;

/**
 * The agencies a quote for `providerCode` can be saved for — those the centre serves — by name.
 * Only administrators choose (a customer's quote is always for its own agency): `enabled` says so.
 */
export function useAgenciesToQuoteFor(providerCode: string, enabled: boolean) {
  return useQuery({
    queryKey: quoteKeys.agenciesToQuoteFor(providerCode),
    queryFn: ({ signal }) =>
      execute(AgenciesToQuoteForDocument, { providerCode, first: MOST_AGENCIES }, { signal }).then(
        (data) => ({
          agencies: data.agencies.edges.map((edge) => edge.node),
          more: data.agencies.totalCount > data.agencies.edges.length,
        }),
      ),
    enabled,
  });
}
