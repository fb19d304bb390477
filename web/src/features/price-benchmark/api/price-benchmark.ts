import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StandardProfile } from '@servicekatalog/shared';
import { execute } from '../../../lib/graphql/client';
import type {
  ExchangeRatesQuery,
  PriceBenchmarkQuery,
  RecordExchangeRateInput,
  StandardProfileInput,
  UpdateExchangeRateInput,
} from '../../../lib/graphql/generated/graphql';
import {
  DeleteExchangeRateDocument,
  ExchangeRatesDocument,
  PriceBenchmarkDocument,
  RecordExchangeRateDocument,
  UpdateExchangeRateDocument,
} from './price-benchmark-documents';

export type CentrePrice = PriceBenchmarkQuery['priceBenchmark'][number];
export type ExchangeRate = ExchangeRatesQuery['exchangeRates']['edges'][number]['node'];

/** The currencies a benchmark converts into: the five centres'. */
export { TARGET_CURRENCIES } from '../../../lib/pricing/centre-currencies';

/** What the page asks: a checked profile in monthly quantities and the currency to convert into. */
export interface BenchmarkQuestion {
  profile: StandardProfile;
  currency: string;
}

/** Prices are public; asked only once the visitor has a profile (null: nothing asked yet). */
export function usePriceBenchmark(question: BenchmarkQuestion | null) {
  return useQuery({
    queryKey: ['priceBenchmark', question],
    enabled: question !== null,
    queryFn: ({ signal }) =>
      execute(
        PriceBenchmarkDocument,
        { profile: question!.profile as StandardProfileInput, currency: question!.currency },
        { signal },
      ).then((data) => data.priceBenchmark),
  });
}

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
const rateKeys = { all: ['exchangeRates'] as const };

/** Every stored rate, newest first, following the connection's pages (a bounded number). */
export function useExchangeRates() {
  return useQuery({
    queryKey: rateKeys.all,
    queryFn: async ({ signal }) => {
      const rates: ExchangeRate[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { exchangeRates }: ExchangeRatesQuery = await execute(
          ExchangeRatesDocument,
          { first: PAGE_SIZE, after },
          { signal },
        );
        rates.push(...exchangeRates.edges.map((edge) => edge.node));
        if (!exchangeRates.pageInfo.hasNextPage) break;
        after = exchangeRates.pageInfo.endCursor;
      }
      return rates;
    },
  });
}

function useRefreshingMutation<TVariables, TResult>(work: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: work,
    // A refused change may be refused because the list is stale (CONFLICT): refresh either way;
    // benchmark answers name rates, so they go too.
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: rateKeys.all });
      await client.invalidateQueries({ queryKey: ['priceBenchmark'] });
    },
  });
}

export function useRecordRate() {
  return useRefreshingMutation((input: RecordExchangeRateInput) =>
    execute(RecordExchangeRateDocument, { input }),
  );
}

export function useUpdateRate() {
  return useRefreshingMutation(
    (variables: { id: string; expectedVersion: number; input: UpdateExchangeRateInput }) =>
      execute(UpdateExchangeRateDocument, variables),
  );
}

export function useDeleteRate() {
  return useRefreshingMutation((variables: { id: string; expectedVersion: number }) =>
    execute(DeleteExchangeRateDocument, variables),
  );
}
