import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../ui/TableScroll';
import { TotalRows, YearOneCharges } from '../ui/PriceTotals';
import { useTranslation } from 'react-i18next';
import { CatalogueText, LangText } from '../ui/CatalogueText';
import { CatalogueName } from './CatalogueName';
import { useFormatters } from '../../lib/format';
import type { QuoteDetail } from '../../lib/quote/quote-queries';
import type { QuoteNames } from './use-quote-names';

type Price = QuoteDetail['price'];

interface Props {
  price: Price;
  names: QuoteNames;
  /** The centre's staff see each service's code after its name. */
  showCodes?: boolean;
  /** The page's one VAT note is here (a page that says it elsewhere leaves this out). */
  vatNote?: boolean;
}

/**
 * The price as offered (the stored breakdown, never recomputed): every line with total rows for
 * the month, the first year and the whole contract under them, each contract year and the totals,
 * all excluding VAT.
 */
export function PriceBreakdown({ price, names, showCodes = false, vatNote = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (amount: string) => format.money(amount, price.currency);
  return (
    <section aria-labelledby="quote-price-heading" className="quote-section">
      <Heading level={2} data-size="sm" id="quote-price-heading">
        {t('quotes.price.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('quotes.price.asOffered')} {vatNote && <strong>{t('quotes.vat')}</strong>}
      </Paragraph>
      <Heading level={3} className="visually-hidden">
        {t('quotes.price.totalsHeading')}
      </Heading>
      <dl className="totals quote-totals">
        <dt>{t('summary.monthly')}</dt>
        <dd>{money(price.totals.monthly)}</dd>
        {price.years[0] && (
          <YearOneCharges yearOne={price.years[0]} monthly={price.totals.monthly} currency={price.currency} />
        )}
        <dt>{t('quotes.price.firstYear')}</dt>
        <dd>{money(price.totals.firstYear)}</dd>
        <dt>{t('quotes.price.contractTotal')}</dt>
        <dd>{money(price.totals.contractTotal)}</dd>
      </dl>
      {price.lines.length === 0 ? (
        <Paragraph>{t('quotes.price.noLines')}</Paragraph>
      ) : (
        <Lines price={price} names={names} showCodes={showCodes} />
      )}
      <Years price={price} />
    </section>
  );
}

function Lines({ price, names, showCodes }: Required<Omit<Props, 'vatNote'>>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const quantity = (line: Price['lines'][number]) => {
    if (line.quantity === null) return '';
    const shown = format.quantity(line.quantity);
    if (line.billableQuantity === null || line.billableQuantity === line.quantity) return shown;
    return t('quotes.price.quantityValue', {
      quantity: shown,
      billable: format.quantity(line.billableQuantity),
    });
  };
  return (
    <TableScroll label={t('quotes.price.linesCaption')}>
      <Table data-size="sm" zebra className="quote-lines">
        <caption>{t('quotes.price.linesCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('quotes.price.service')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('quotes.price.component')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.price.quantity')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('quotes.price.period')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('quotes.price.years')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.price.amount')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {price.lines.map((line) => (
            <Table.Row key={`${line.serviceCode}-${line.componentIndex}`}>
              <Table.Cell>
                <CatalogueName
                  name={names.service(line.serviceCode)}
                  code={line.serviceCode}
                  showCode={showCodes}
                />
              </Table.Cell>
              <Table.Cell>
                <CatalogueText text={line.componentLabelTranslations} fallback={line.componentLabel} />
                {line.driverCode && (
                  <span className="muted">
                    {' '}
                    · <LangText {...names.driver(line.driverCode)} />
                  </span>
                )}
              </Table.Cell>
              <Table.Cell className="amount">{quantity(line)}</Table.Cell>
              <Table.Cell>{t(`quotes.period.${line.period}`, { defaultValue: line.period })}</Table.Cell>
              <Table.Cell>
                {line.firstYear === line.lastYear
                  ? line.firstYear
                  : t('quotes.price.yearRange', { from: line.firstYear, to: line.lastYear })}
              </Table.Cell>
              <Table.Cell className="amount">{format.money(line.amount, price.currency)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <TotalRows totals={price.totals} currency={price.currency} labelColumns={5} />
      </Table>
    </TableScroll>
  );
}

function Years({ price }: { price: Price }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (amount: string) => format.money(amount, price.currency);
  return (
    <TableScroll label={t('quotes.price.yearsCaption')}>
      <Table data-size="sm" zebra className="year-table">
        <caption>{t('quotes.price.yearsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('quotes.price.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.price.oneTime')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.price.recurring')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('quotes.price.total')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {price.years.map((year) => (
            <Table.Row key={year.year}>
              <Table.HeaderCell scope="row">{t('quotes.price.yearN', { year: year.year })}</Table.HeaderCell>
              <Table.Cell className="amount">{money(year.oneTime)}</Table.Cell>
              <Table.Cell className="amount">{money(year.recurring)}</Table.Cell>
              <Table.Cell className="amount">{money(year.total)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row" colSpan={3}>
              {t('quotes.price.contractTotal')}
            </Table.HeaderCell>
            <Table.Cell className="amount">
              <strong>{money(price.totals.contractTotal)}</strong>
            </Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </TableScroll>
  );
}
