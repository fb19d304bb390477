import { useQuery } from '@tanstack/react-query';
import { execute } from '../graphql/client';
import { graphql } from '../graphql/generated';
import { SESSION_SCOPE, useSession } from '../session';

/** The query keys of the agency's defaults (configurator, catalogue): they depend on who is signed in. */
const configuratorKeys = {
  agencyDefaults: (userId: string | null) => [SESSION_SCOPE, 'agency-defaults', userId] as const,
};

const ConfiguratorAgencyDefaultsDocument = graphql(`
  query ConfiguratorAgencyDefaults {
    me {
      role
      agency {
        id
        name
        providerCode
        defaultVolumes {
          driverCode
          quantity
        }
      }
    }
  }
`);

/** An agency's default volumes, as the configurator starts with them. */
export interface AgencyDefaults {
  agencyName: string;
  volumes: readonly { driverCode: string; quantity: string }[];
}

/**
 * The default volumes of the signed-in customer's agency, when the agency is served by
 * `providerCode` (another centre's catalogue counts in other drivers). Read fresh from the API
 * each time (an account manager may have changed them); nobody else — anonymous visitors,
 * account managers, administrators — is asked for or given any.
 * `pending` while they are being read; a failed read is no defaults (the configurator works on).
 */
export function useAgencyDefaults(
  providerCode: string,
  enabled: boolean,
): { pending: boolean; defaults: AgencyDefaults | null } {
  const { user } = useSession();
  const customer = enabled && user?.role === 'CUSTOMER' && user.agency !== null;
  const query = useQuery({
    queryKey: configuratorKeys.agencyDefaults(user?.id ?? null),
    enabled: customer,
    staleTime: 0,
    queryFn: ({ signal }) => execute(ConfiguratorAgencyDefaultsDocument, {}, { signal }),
  });
  if (!customer) return { pending: false, defaults: null };
  const agency = query.data?.me?.role === 'CUSTOMER' ? query.data.me.agency : null;
  const served = agency && agency.providerCode === providerCode && agency.defaultVolumes.length > 0;
  return {
    pending: query.isPending,
    defaults: served ? { agencyName: agency.name, volumes: agency.defaultVolumes } : null,
  };
}
