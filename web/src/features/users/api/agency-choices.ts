import { useQuery } from '@tanstack/react-query';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';
import type { UserAgencyChoicesQuery } from '../../../lib/graphql/generated/graphql';
import { managerKeys } from '../../../lib/manage/versions';

const UserAgencyChoicesDocument = graphql(`
  query UserAgencyChoices($first: Int!) {
    agencies(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          providerCode
        }
      }
    }
  }
`);

export type AgencyChoice = UserAgencyChoicesQuery['agencies']['edges'][number]['node'];

/** As many as one request may ask for: enough to choose from in a form. */
const CHOICES_LIMIT = 100;

/**
 * The first 100 agencies by name, to choose a customer user's agency from. Kept under the
 * agencies' query key, so saving an agency refreshes the choices too.
 */
export function useAgencyChoices() {
  return useQuery({
    queryKey: [...managerKeys.all, 'agencies', 'choices'],
    queryFn: ({ signal }) =>
      execute(UserAgencyChoicesDocument, { first: CHOICES_LIMIT }, { signal }).then((data) => data.agencies),
  });
}
