import { useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ManagerImpactQuery } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const ManagerImpactDocument = graphql(`
  query ManagerImpact($providerCode: String!) {
    draftImpact(providerCode: $providerCode) {
      quoteId
      reference
      revision
      name
      agencyName
      status
      catalogueVersion
      currency
      draftCurrency
      firstYearBefore
      firstYearAfter
      firstYearDifference
      contractTotalBefore
      contractTotalAfter
      contractTotalDifference
      validAfter
      problem
      problems {
        field
        code
        params
        message
      }
    }
  }
`);

export type QuoteImpact = ManagerImpactQuery['draftImpact'][number];

/** Every open quote of the centre's agencies re-priced against its draft. */
export function useDraftImpact(providerCode: string, enabled = true) {
  return useQuery({
    queryKey: managerKeys.impact(providerCode),
    enabled,
    staleTime: 0,
    queryFn: ({ signal }) =>
      execute(ManagerImpactDocument, { providerCode }, { signal }).then((data) => data.draftImpact),
  });
}
