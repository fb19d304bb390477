import { useQueryClient } from '@tanstack/react-query';
import { managerKeys } from '../../../lib/manage/versions';

/**
 * The one way catalogue editing refreshes the cache after a change to a centre's versions (an
 * edit, the settings, an import, a new draft, publishing, discarding): everything the manager area
 * derives from them — versions, the draft, changes, impact, and the agencies' drivers — is asked
 * again. Components and hooks call this, never the query client.
 */
export function useRefreshCatalogue(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: managerKeys.all });
}
