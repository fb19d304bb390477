import { SESSION_SCOPE } from '../../../lib/session';
import type { QuoteStatus } from '../../../lib/graphql/generated/graphql';

/** The query keys of quotes: one factory. Quotes depend on who is signed in, so they start with SESSION_SCOPE. */
export const quoteKeys = {
  all: [SESSION_SCOPE, 'quotes'] as const,
  lists: () => [...quoteKeys.all, 'list'] as const,
  list: (status: QuoteStatus | null) => [...quoteKeys.lists(), status] as const,
  detail: (id: string) => [...quoteKeys.all, 'detail', id] as const,
  /** A quote as read in one interface language. */
  detailIn: (id: string, language: string) => [...quoteKeys.detail(id), language] as const,
  /** The agencies a quote for the centre can be saved for (administrators choose). */
  agenciesToQuoteFor: (providerCode: string) =>
    [SESSION_SCOPE, 'agencies-to-quote-for', providerCode] as const,
  /** The names of a quote's catalogue version; the same for everyone. */
  catalogueNames: (providerCode: string, version: number, language: string) =>
    ['quote-catalogue-names', providerCode, version, language] as const,
};
