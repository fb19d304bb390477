import { useEffect, useRef, useState } from 'react';
import type { QuoteFailure } from '../model/quote-errors';

/** The outcome of the last thing done on a quote page: said in words, and given the focus. */
export type Notice = { tone: 'success'; text: string } | { tone: 'failure'; failure: QuoteFailure };

/**
 * Holds the page's notice and moves keyboard focus to it when it appears, so keyboard and screen
 * reader users learn what happened without hunting for it.
 */
export function useNotice(initial: Notice | null = null) {
  const [notice, setNotice] = useState<Notice | null>(initial);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return { notice, show: setNotice, ref };
}
