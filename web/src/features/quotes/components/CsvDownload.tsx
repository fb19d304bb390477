import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { QuoteDetail } from '../api/quotes';
import { quoteLinesCsv } from '../model/lines-csv';
import type { QuoteNames } from '../../../components/quote/use-quote-names';

/** Downloads the quote's price lines as a CSV file for a Nordic spreadsheet (see quoteLinesCsv). */
export function CsvDownload({ quote, names }: { quote: QuoteDetail; names: QuoteNames }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const download = () => {
    const csv = quoteLinesCsv(quote.price.lines, quote.price.currency, locale, {
      header: {
        service: t('quotes.csv.service'),
        component: t('quotes.csv.component'),
        period: t('quotes.csv.period'),
        driver: t('quotes.csv.driver'),
        quantity: t('quotes.csv.quantity'),
        billable: t('quotes.csv.billable'),
        amount: t('quotes.csv.amount'),
        currency: t('quotes.csv.currency'),
        firstYear: t('quotes.csv.firstYear'),
        lastYear: t('quotes.csv.lastYear'),
      },
      // A file has no markup for languages: the names as plain text.
      serviceName: (code) => names.service(code).text,
      driverName: (code) => names.driver(code).text,
      periodName: (period) => t(`quotes.period.${period}`, { defaultValue: period }),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('quotes.csv.fileName', { reference: quote.displayReference.replace(/\s+/g, '-') });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button variant="secondary" onClick={download}>
      {t('quotes.actions.csv')}
    </Button>
  );
}
