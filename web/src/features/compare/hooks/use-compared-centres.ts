import { useMemo } from 'react';
import { useConfiguringCatalogue } from '../../../lib/configuration/use-configuring-catalogue';
import type { CentreRequest, ComparedCentre } from '../model/entries';

/** A centre's catalogue as it loads. */
export interface CentreLoad {
  code: string;
  ready: ComparedCentre | null;
  pending: boolean;
  failed: { error: unknown; refetch(): unknown } | undefined;
}

/**
 * The catalogues of up to four centres (DESIGN: up to four configurations, so at most four
 * centres), each loaded as the configurator loads one: how each is loading, and those that are
 * there by code (one map as long as they stay the same). Hooks run a fixed number of times, so
 * the four slots are called one by one; an unused slot asks nothing.
 */
export function useComparedCentres(requests: readonly CentreRequest[]): {
  loads: CentreLoad[];
  ready: ReadonlyMap<string, ComparedCentre>;
} {
  const a = useCentre(requests[0]);
  const b = useCentre(requests[1]);
  const c = useCentre(requests[2]);
  const d = useCentre(requests[3]);
  const ready = useMemo(
    () =>
      new Map(
        [a.ready, b.ready, c.ready, d.ready]
          .filter((centre): centre is ComparedCentre => centre !== null)
          .map((centre) => [centre.code, centre]),
      ),
    [a.ready, b.ready, c.ready, d.ready],
  );
  return { loads: [a, b, c, d].slice(0, requests.length), ready };
}

function useCentre(request: CentreRequest | undefined): CentreLoad {
  const code = request?.code ?? '';
  // An empty code matches no centre: its version query selects nothing, and nothing else is asked.
  const { failed, pending, ready } = useConfiguringCatalogue(
    code,
    request?.version ?? null,
    request?.start ?? null,
  );
  const catalogue = ready?.catalogue;
  const pricing = ready?.pricing;
  const version = ready?.version;
  const centre = useMemo(
    () => (catalogue && pricing && version ? { code, catalogue, pricing, version } : null),
    [code, catalogue, pricing, version],
  );
  return { code, ready: centre, pending, failed };
}
