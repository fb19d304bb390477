import { useQuery } from '@tanstack/react-query';
import type { AppliedRate } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { execute } from '../../../lib/graphql/client';
import { graphql } from '../../../lib/graphql/generated';

const CompareCentresDocument = graphql(`
  query CompareCentres {
    providers {
      code
      name
    }
  }
`);

const ExchangeRatesInUseDocument = graphql(`
  query ExchangeRatesInUse($from: [String!]!, $to: String!) {
    exchangeRatesInUse(from: $from, to: $to) {
      id
      from
      to
      rate
      date
      source
    }
  }
`);

/** The centres a configuration may come from, with their names in the interface language. */
export function useCentres() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['compare', 'centres', i18n.language],
    queryFn: ({ signal }) =>
      execute(CompareCentresDocument, {}, { language: i18n.language, signal }).then((data) => data.providers),
  });
}

/**
 * The rate each currency of `from` converts into `to` at today, as the API names it (latest on or
 * before today, stored direction only). A currency missing from the answer has no rate: said,
 * never guessed. Nothing is asked when nothing needs converting.
 */
export function useRatesInUse(from: readonly string[], to: string) {
  return useQuery({
    queryKey: ['compare', 'ratesInUse', [...from], to],
    enabled: from.length > 0,
    queryFn: ({ signal }): Promise<AppliedRate[]> =>
      execute(ExchangeRatesInUseDocument, { from: [...from], to }, { signal }).then(
        (data) => data.exchangeRatesInUse,
      ),
  });
}
