import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../lib/quote/quote-queries';

const COLOURS: Record<QuoteStatus, string> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  ACCEPTED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'warning',
};

/** A quote's status as a coloured tag (the word carries the meaning; the colour only helps). */
export function StatusTag({ status, expired = false }: { status: QuoteStatus; expired?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="status-tags">
      <Tag data-color={COLOURS[status]} data-size="sm">
        {t(`quotes.status.${status}`)}
      </Tag>
      {expired && (status === 'DRAFT' || status === 'SUBMITTED') && (
        <Tag data-color="warning" data-size="sm" variant="outline">
          {t('quotes.expired')}
        </Tag>
      )}
    </span>
  );
}
