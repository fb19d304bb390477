import { useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import { SESSION_SCOPE } from '../../../lib/session';

const MyAgreementsDocument = graphql(`
  query MyAgreements($first: Int!) {
    agreements(first: $first) {
      totalCount
      edges {
        node {
          id
          reference
          status
          startDate
          endDate
          current {
            price {
              currency
              totals {
                monthly
              }
            }
          }
        }
      }
    }
  }
`);

const AgreementDetailDocument = graphql(`
  query AgreementDetail($id: ID!) {
    agreement(id: $id) {
      id
      reference
      status
      providerCode
      startDate
      endDate
      terminationReason
      agency {
        id
        name
      }
      terms {
        kind
        startDate
        endDate
        catalogueVersion
        price {
          currency
          contractYears
          upcomingChange {
            catalogueVersion
            validFrom
          }
          totals {
            monthly
          }
          years {
            year
            oneTime
            recurring
            total
          }
        }
      }
    }
  }
`);

/** The API's largest page: an agency has a handful of agreements, a centre tens. */
const MOST_AGREEMENTS = 100;

/** The agreements the signed-in user may see, newest first. */
export function useMyAgreements() {
  return useQuery({
    queryKey: [SESSION_SCOPE, 'agreements'],
    queryFn: ({ signal }) => execute(MyAgreementsDocument, { first: MOST_AGREEMENTS }, { signal }),
  });
}

/** One agreement with its terms and their price schedules. */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: [SESSION_SCOPE, 'agreement', id],
    queryFn: ({ signal }) => execute(AgreementDetailDocument, { id }, { signal }),
  });
}
