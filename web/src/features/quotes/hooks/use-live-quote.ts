import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSubscription, type LiveSource } from '../../../lib/graphql/subscriptions';
import { QuoteChangedDocument } from '../api/quote-documents';
import { useRefreshQuote, type QuoteStatus } from '../api/quotes';

/**
 * Follows a quote while its page is open: every change (the centre's decision, a comment, the
 * customer's own work in another tab) reloads it, and a change of status made elsewhere is put in
 * words for the page's polite live region, e.g. "The centre accepted this quote." A change this
 * page is making itself (a mutation still waiting for its answer) is not announced: the page says
 * that in its own notice. Without a connection nothing happens and the page works as before.
 */
export function useLiveQuote(quote: { id: string; status: QuoteStatus }, source?: LiveSource): string | null {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useRefreshQuote();
  const [message, setMessage] = useState<string | null>(null);
  const shownStatus = useRef(quote.status);
  useEffect(() => {
    shownStatus.current = quote.status;
  }, [quote.status]);

  useLiveSubscription(
    QuoteChangedDocument,
    { id: quote.id },
    {
      next: ({ quoteChanged }) => {
        const ownChange = queryClient.isMutating() > 0;
        if (quoteChanged.status !== shownStatus.current && !ownChange) {
          shownStatus.current = quoteChanged.status;
          setMessage(t(`quotes.live.${quoteChanged.status}`));
        }
        void refresh(quote.id);
      },
      reconnected: () => void refresh(quote.id),
    },
    source,
  );
  return message;
}
