import { useTranslation } from 'react-i18next';
import {
  useLiveSubscription,
  useStatusAnnouncement,
  type LiveSource,
} from '../../../lib/graphql/subscriptions';
import { QuoteChangedDocument } from '../../../lib/quote/quote-documents';
import { useRefreshQuote, type QuoteStatus } from '../api/quotes';

/**
 * Follows a quote while its page is open: every change (the centre's decision, a comment, the
 * customer's own work in another tab) reloads it, and a change of status made elsewhere is put in
 * words for the page's polite live region, e.g. "The centre accepted this quote." (not one this
 * page is making itself). Without a connection nothing happens and the page works as before.
 */
export function useLiveQuote(quote: { id: string; status: QuoteStatus }, source?: LiveSource): string | null {
  const { t } = useTranslation();
  const refresh = useRefreshQuote();
  const announcement = useStatusAnnouncement(quote.status, (status) => t(`quotes.live.${status}`));
  useLiveSubscription(
    QuoteChangedDocument,
    { id: quote.id },
    {
      next: ({ quoteChanged }) => {
        announcement.heard(quoteChanged.status);
        void refresh(quote.id);
      },
      reconnected: () => void refresh(quote.id),
    },
    source,
  );
  return announcement.message;
}
