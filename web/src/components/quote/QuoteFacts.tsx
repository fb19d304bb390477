import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import type { QuoteDetail } from '../../lib/quote/quote-queries';
import type { QuoteNames } from './use-quote-names';
import { StatusTag } from './StatusTag';

interface Props {
  quote: QuoteDetail;
  names: QuoteNames;
  /** The centre's staff also see the agency's organisation number and the centre's code. */
  showCodes?: boolean;
}

/** Reference, status, who and whom, validity and the dates of a quote, as a description list. */
export function QuoteFacts({ quote, names, showCodes = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const day = (timestamp: string) => format.dateTime(timestamp);
  const facts: Array<[string, ReactNode]> = [
    [t('quotes.facts.reference'), quote.displayReference],
    [t('quotes.facts.status'), <StatusTag key="status" status={quote.status} expired={quote.expired} />],
    [
      t('quotes.facts.agency'),
      showCodes ? `${quote.agency.name} (${quote.agency.organisationNumber})` : quote.agency.name,
    ],
    [t('quotes.facts.centre'), showCodes ? `${names.centre} (${quote.providerCode})` : names.centre],
    [t('quotes.facts.catalogue'), String(quote.catalogueVersion)],
    [t('contractStart.label'), format.date(quote.startDate)],
    [t('quotes.facts.validUntil'), format.date(quote.validUntil)],
    [t('quotes.facts.revision'), String(quote.revision)],
    [t('quotes.facts.created'), day(quote.createdAt)],
  ];
  if (quote.submittedAt) facts.push([t('quotes.facts.submitted'), day(quote.submittedAt)]);
  if (quote.decidedAt) facts.push([t('quotes.facts.decided'), day(quote.decidedAt)]);
  if (quote.decisionComment) facts.push([t('quotes.facts.decisionComment'), quote.decisionComment]);
  return (
    <section aria-labelledby="quote-facts-heading" className="quote-section">
      <Heading level={2} data-size="sm" id="quote-facts-heading">
        {t('quotes.facts.heading')}
      </Heading>
      <dl className="quote-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="quote-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
