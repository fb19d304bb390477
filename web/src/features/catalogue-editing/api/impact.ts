import { useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { ManagerAgreementImpactQuery, ManagerImpactQuery } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

/** What both kinds of impact row say of the draft (the `DraftPriced` interface). */
graphql(`
  fragment DraftPricedFields on DraftPriced {
    draftCurrency
    firstYearAfter
    firstYearDifference
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
`);

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
      firstYearBefore
      contractTotalBefore
      ...DraftPricedFields
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

const ManagerAgreementImpactDocument = graphql(`
  query ManagerAgreementImpact($providerCode: String!) {
    draftAgreementImpact(providerCode: $providerCode) {
      agreementId
      reference
      agencyName
      renewalDate
      contractYears
      catalogueVersion
      currency
      firstYearBefore
      contractTotalBefore
      ...DraftPricedFields
    }
  }
`);

export type AgreementImpact = ManagerAgreementImpactQuery['draftAgreementImpact'][number];

/**
 * The centre's agreements renewing on or after the draft's validFrom, each renewal priced under the
 * version otherwise in force then and under the draft; by agency name and reference.
 */
export function useDraftAgreementImpact(providerCode: string, enabled = true) {
  return useQuery({
    queryKey: [...managerKeys.impact(providerCode), 'agreements'],
    enabled,
    staleTime: 0,
    queryFn: ({ signal }) =>
      execute(ManagerAgreementImpactDocument, { providerCode }, { signal }).then(
        (data) => data.draftAgreementImpact,
      ),
  });
}
