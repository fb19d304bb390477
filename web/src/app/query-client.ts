import { QueryClient } from '@tanstack/react-query';
import { apiFailure } from '../lib/api-errors';

/**
 * One query cache for the app. Published catalogue versions never change, so answers stay fresh for
 * minutes; a failed request is retried once unless the API refused it (GraphQL errors do not heal).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => apiFailure(error).kind !== 'refused' && failures < 1,
      },
    },
  });
}
