import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const shown = useRef(shownStatus);
  useEffect(() => {
    shown.current = shownStatus;
  }, [shownStatus]);
  useLiveManagedQuote(quoteId, (status) => {
    if (shown.current === undefined || status === shown.current || queryClient.isMutating() > 0) return;
    shown.current = status;
    setMessage(t(`manager.review.live.${status}`));
  });
  return message;
}
