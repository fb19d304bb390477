import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { TotalRows } from '../../../components/ui/PriceTotals';
import type { PriceBreakdown, PriceLine } from '@servicekatalog/shared';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CatalogueText,
  markLanguage,
  MarkedText,
  useCatalogueStrings,
} from '../../../components/ui/CatalogueText';
import { useFormatters } from '../../../lib/format';
import type { ShownFigures } from '../../../lib/pricing/price-authority';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { explainLine } from './line-explanation';

interface Props {
  breakdown: PriceBreakdown;
  shown: ShownFigures;
  names: CatalogueNames;
  currency: string;
  contractYears: number;
}

interface Row {
  key: string;
  service: ReactElement;
  /** The component's label in every language. */
  label: unknown;
  /** Words, with the unit marked by its language where it differs (see MarkedText). */
  steps: string[];
  period: string;
  amount: string;
}

/** Every price line with how it came about, in words. */
export function PriceLines({ breakdown, shown, names, currency, contractYears }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const resolve = useCatalogueStrings();
  const unitOf = (code: string) => markLanguage(resolve(names.driver(code)?.unitTranslations, code));
  const context = { t, format, currency, unitOf };
  const periodText = (line: Pick<PriceLine, 'period' | 'firstYear' | 'lastYear'>) => {
    const period = t(`line.period.${line.period}`);
    if (contractYears === 1) return period;
    if (line.period === 'ONE_TIME') return `${period}, ${t('line.inYear', { year: line.firstYear })}`;
    if (line.firstYear === 1 && line.lastYear === contractYears) return period;
    return `${period}, ${line.firstYear === line.lastYear ? t('line.inYear', { year: line.firstYear }) : t('line.yearRange', { from: line.firstYear, to: line.lastYear })}`;
  };
  const rows: Row[] = shown.apiLines
    ? shown.apiLines.map((line, i) => ({
        key: `api-${i}`,
        service: names.serviceName(line.serviceCode),
        label: line.componentLabelTranslations,
        steps: [],
        period: periodText({
          period: line.period as PriceLine['period'],
          firstYear: line.firstYear,
          lastYear: line.lastYear,
        }),
        amount: line.amount,
      }))
    : breakdown.lines.map((line, i) => ({
        key: `${line.serviceCode}-${line.componentIndex}`,
        service: names.serviceName(line.serviceCode),
        label: line.label,
        steps: explainLine(line, context),
        period: periodText(line),
        amount: shown.lineAmounts?.[i] ?? line.amount,
      }));

  return (
    <section aria-labelledby="lines-heading" className="configurator-section">
      <Heading level={2} data-size="sm" id="lines-heading">
        {t('lines.heading')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('lines.none')}</Paragraph>
      ) : (
        <TableScroll label={t('lines.caption')}>
          <Table data-size="sm" className="lines-table">
            <caption>{t('lines.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('lines.service')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('lines.component')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('lines.how')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('lines.period')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="amount">
                  {t('lines.amount')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.key}>
                  <Table.Cell>{row.service}</Table.Cell>
                  <Table.Cell>
                    <CatalogueText text={row.label} />
                  </Table.Cell>
                  <Table.Cell>
                    {row.steps.length > 0 ? (
                      <ul className="line-steps">
                        {row.steps.map((step) => (
                          <li key={step}>
                            <MarkedText text={step} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('lines.noDetails')
                    )}
                  </Table.Cell>
                  <Table.Cell>{row.period}</Table.Cell>
                  <Table.Cell className="amount">{format.money(row.amount, currency)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <TotalRows totals={shown.totals} currency={currency} labelColumns={4} />
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
