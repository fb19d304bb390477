import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueString } from '../../../components/ui/CatalogueText';
import { execute } from '../../../lib/graphql/client';
import type {
  BenchmarkCentresQuery,
  BenchmarkFiguresQuery,
  BenchmarkKpi,
  RecordBenchmarkFigureInput,
  UpdateBenchmarkFigureInput,
} from '../../../lib/graphql/generated/graphql';
import {
  BenchmarkCentresDocument,
  BenchmarkFiguresDocument,
  DeleteBenchmarkFigureDocument,
  RecordBenchmarkFigureDocument,
  UpdateBenchmarkFigureDocument,
} from './benchmark-documents';

export type BenchmarkFigure = BenchmarkFiguresQuery['benchmarkFigures']['edges'][number]['node'];
export type BenchmarkCentre = BenchmarkCentresQuery['providers'][number];
export type { BenchmarkKpi };

/** The KPIs in the order the page shows them (DOMAIN: DFØ's six unit costs). */
export const KPIS: readonly BenchmarkKpi[] = [
  'COST_PER_PAYSLIP',
  'COST_PER_REFUND',
  'COST_PER_TRAVEL_CLAIM',
  'COST_PER_INCOMING_INVOICE',
  'COST_PER_OUTGOING_INVOICE',
  'COST_PER_POSTING_LINE',
];

/** The API's largest page; the page reads every figure of the filter (a few per centre and year). */
const PAGE_SIZE = 100;
/** A bound on pages read, so a misbehaving server can never loop the browser. */
const MAX_PAGES = 20;

export interface BenchmarkFilter {
  providerCode: string | null;
  kpi: BenchmarkKpi | null;
}

/** Figures are public: the same for everyone, so their key does not depend on the session. */
const figureKeys = {
  all: ['benchmarkFigures'] as const,
  list: (filter: BenchmarkFilter) => [...figureKeys.all, filter.providerCode, filter.kpi] as const,
  /** The centres a figure may be recorded for. */
  centres: () => ['benchmarkCentres'] as const,
};

/** Every figure of the filter, following the connection's pages. */
export function useBenchmarkFigures(filter: BenchmarkFilter) {
  return useQuery({
    queryKey: figureKeys.list(filter),
    queryFn: async ({ signal }) => {
      const figures: BenchmarkFigure[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { benchmarkFigures }: BenchmarkFiguresQuery = await execute(
          BenchmarkFiguresDocument,
          { providerCode: filter.providerCode, kpi: filter.kpi, first: PAGE_SIZE, after },
          { signal },
        );
        figures.push(...benchmarkFigures.edges.map((edge) => edge.node));
        if (!benchmarkFigures.pageInfo.hasNextPage) break;
        after = benchmarkFigures.pageInfo.endCursor;
      }
      return figures;
    },
  });
}

/** The centres, with the currency each reports in (its catalogue in force, else its latest). */
export function useBenchmarkCentres() {
  return useQuery({
    queryKey: figureKeys.centres(),
    queryFn: ({ signal }) => execute(BenchmarkCentresDocument, {}, { signal }).then((data) => data.providers),
  });
}

/** A centre's name, with its language when that is not the interface language's (WCAG 3.1.2). */
export function centreNameOf(centre: BenchmarkCentre, language: string): CatalogueString {
  return centre.locale === language ? { text: centre.name } : { text: centre.name, lang: centre.locale };
}

/** The currency a centre's figures are recorded in, as the API decides it; null when not known here. */
export function centreCurrency(centre: BenchmarkCentre | undefined): string | null {
  if (!centre) return null;
  const inForce = centre.versions.find((version) => version.inForce);
  const latest = centre.versions.reduce<BenchmarkCentre['versions'][number] | undefined>(
    (best, version) => (!best || version.number > best.number ? version : best),
    undefined,
  );
  return inForce?.currency ?? latest?.currency ?? null;
}

function useRefreshingMutation<TVariables, TResult>(work: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: work,
    // A refused change may be refused because the list is stale (CONFLICT): refresh either way.
    onSettled: () => client.invalidateQueries({ queryKey: figureKeys.all }),
  });
}

export function useRecordFigure() {
  return useRefreshingMutation((input: RecordBenchmarkFigureInput) =>
    execute(RecordBenchmarkFigureDocument, { input }),
  );
}

export function useUpdateFigure() {
  return useRefreshingMutation(
    (variables: { id: string; input: UpdateBenchmarkFigureInput; expectedVersion: number }) =>
      execute(UpdateBenchmarkFigureDocument, variables),
  );
}

export function useDeleteFigure() {
  return useRefreshingMutation((variables: { id: string; expectedVersion: number }) =>
    execute(DeleteBenchmarkFigureDocument, variables),
  );
}
