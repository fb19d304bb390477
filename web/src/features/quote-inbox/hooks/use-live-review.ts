import { useTranslation } from 'react-i18next';
import { useStatusAnnouncement } from '../../../lib/graphql/subscriptions';
import { useLiveManagedQuote, type ManagedQuote } from '../api/quotes';

/**
 * The manager's quote page, live: reloads the quote on every change and words a change of status
 * made elsewhere (the agency withdrew it, a colleague decided it) for the page's polite live
 * region. The manager's own decision on this page (still waiting for its answer) is not announced.
 */
export function useLiveReview(
  quoteId: string,
  shownStatus: ManagedQuote['status'] | undefined,
): string | null {
  const { t } = useTranslation();
  const announcement = useStatusAnnouncement(shownStatus, (status) => t(`manager.review.live.${status}`));
  useLiveManagedQuote(quoteId, announcement.heard);
  return announcement.message;
}
