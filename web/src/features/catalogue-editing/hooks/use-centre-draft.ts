import { useState } from 'react';
import { useDraft } from '../api/draft';
import { useManagedProvider } from '../../../lib/manage/versions';
import { useRefreshCatalogue } from '../api/refresh';

/**
 * The centre and its draft, loaded whole. `reload` asks the API again and gives a new
 * `generation`: pages key their forms by it, so a reloaded form starts from the fresh draft and
 * its new version.
 */
export function useCentreDraft(providerCode: string) {
  const refresh = useRefreshCatalogue();
  const centre = useManagedProvider(providerCode);
  const draftQuery = useDraft(providerCode, centre.draft?.number);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await refresh();
    setGeneration((current) => current + 1);
  };
  const loading = centre.isPending || (centre.draft !== null && draftQuery.isPending);
  return {
    centre,
    provider: centre.provider,
    draft: draftQuery.data ?? null,
    loading,
    error: centre.error ?? draftQuery.error,
    refetch: () => void (centre.error ? centre.refetch() : draftQuery.refetch()),
    generation,
    reload,
  };
}
