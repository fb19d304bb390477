import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A message handed over by the page before ("The draft was discarded."), from the router's state:
 * announced in a live region and focused, so people learn what happened where they land.
 */
export function Notice({ text }: { text?: string | null }) {
  const location = useLocation();
  const handed = (location.state as { notice?: unknown } | null)?.notice;
  const notice = text ?? (typeof handed === 'string' ? handed : null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice) return;
    // After the layout has focused the new page, so focus ends on the message.
    const timer = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [notice, location.key]);
  return (
    <div role="status">
      {notice && (
        <Alert data-color="success" ref={ref} tabIndex={-1} className="state">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
