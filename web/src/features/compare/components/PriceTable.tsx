import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits, useFormatters } from '../../../lib/format';
import { compareRow, type ComparedCell } from '../model/differences';
import type { Ranking } from '../model/ranking';
import type { Confirmation as ComparisonConfirmation } from '../../../lib/pricing/use-live-prices';
import type { ComparedConfiguration } from '../model/compared';
import type { Converted, ConvertedConfiguration } from '../model/conversion';

interface Props {
  compared: readonly ComparedConfiguration[];
  letters: readonly string[];
  /** Each configuration's package name (marked with its language where it differs). */
  packageNames: readonly ReactNode[];
  /** Each configuration's currency: its centre's. */
  currencies: readonly string[];
  /** Configurations of several centres: their figures converted into one currency, per configuration. */
  conversion: { currency: string; figures: readonly ConvertedConfiguration[] } | null;
  /** Shown under the heading: the choice of the currency to convert into. */
  controls?: ReactNode;
  confirmation: ComparisonConfirmation;
  /** Which configurations take part in "Lowest" (DESIGN: only comparable, complete ones). */
  ranking: Ranking;
}

interface Row {
  key: string;
  label: string;
  amounts: Array<string | null>;
  converted: Array<Converted | null>;
}

/** The figures side by side; in each row the lowest is marked and the others show how much more they cost. */
export function PriceTable(props: Props) {
  const { compared, letters, packageNames, currencies, confirmation, ranking, conversion } = props;
  const { controls } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const maxYears = Math.max(0, ...compared.map((c) => c.years?.length ?? 0));
  const convertedOf = (pick: (figures: ConvertedConfiguration) => Converted | null | undefined) =>
    compared.map((_, i) => (conversion ? (pick(conversion.figures[i]) ?? null) : null));
  const rows: Row[] = [
    {
      key: 'monthly',
      label: t('summary.monthly'),
      amounts: compared.map((c) => c.totals?.monthly ?? null),
      converted: convertedOf((figures) => figures.monthly),
    },
    {
      key: 'first',
      label: t('summary.firstYear'),
      amounts: compared.map((c) => c.totals?.firstYear ?? null),
      converted: convertedOf((figures) => figures.firstYear),
    },
    {
      key: 'contract',
      label: t('years.contractTotal'),
      amounts: compared.map((c) => c.totals?.contractTotal ?? null),
      converted: convertedOf((figures) => figures.contractTotal),
    },
    ...Array.from({ length: maxYears }, (_, y) => ({
      key: `year-${y + 1}`,
      label: t('years.yearN', { year: y + 1 }),
      amounts: compared.map((c) => c.years?.[y]?.total ?? null),
      converted: convertedOf((figures) => figures.years[y]),
    })),
  ];
  return (
    <section aria-labelledby="prices-heading" className="configurator-section">
      <Heading level={2} data-size="sm" id="prices-heading">
        {t('compare.pricesHeading')}
      </Heading>
      {controls}
      <TableScroll label={t('compare.pricesCaption')}>
        <Table data-size="sm" className="price-compare">
          <caption>{t('compare.pricesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('compare.figure')}</Table.HeaderCell>
              {letters.map((letter, i) => (
                <Table.HeaderCell scope="col" className="amount" key={letter}>
                  {t('compare.configuration', { letter })}
                  <span className="column-package">{packageNames[i]}</span>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {rankedRow(row.amounts, ranking, compared, currencies).map((cell, i) => (
                  <Table.Cell key={letters[i]} className={`amount${cell?.lowest ? ' amount--lowest' : ''}`}>
                    {cell ? (
                      <>
                        <span className="amount__value">{format.money(cell.amount, currencies[i])}</span>
                        {cell.lowest && (
                          <Tag data-color="success" data-size="sm">
                            {t('compare.lowest')}
                          </Tag>
                        )}
                        {cell.aboveLowest && (
                          <span className="amount__more">
                            {t('compare.more', { amount: format.money(cell.aboveLowest, currencies[i]) })}
                          </span>
                        )}
                        <ConvertedLine converted={row.converted[i]} />
                      </>
                    ) : (
                      t('compare.notApplicable')
                    )}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('compare.toFix')}</Table.HeaderCell>
              {compared.map((c, i) => (
                <Table.Cell key={letters[i]} className="amount">
                  {c.errorCount > 0 ? t('compare.issues', { count: c.errorCount }) : t('compare.noIssues')}
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Body>
        </Table>
      </TableScroll>
      {ranking.notRanked && ranking.notRanked !== 'fewerThanTwo' && (
        <Paragraph data-size="sm" className="compare-not-ranked">
          {ranking.notRanked === 'centres'
            ? t('compareCentres.notRanked')
            : t(`compare.notRanked.${ranking.notRanked}`)}
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        <strong>{t('summary.vat')}</strong> {t(`summary.confirmation.${confirmation}`)}
      </Paragraph>
    </section>
  );
}

/** A figure converted into the comparison's one currency, under the figure itself; nothing in its own currency. */
function ConvertedLine({ converted }: { converted: Converted | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!converted) return null;
  if ('missing' in converted)
    return (
      <span className="amount__converted">
        {t('compareCentres.noRate', { from: converted.from, to: converted.to })}
      </span>
    );
  if (converted.rate.from === converted.rate.to) return null;
  return (
    <span className="amount__converted">
      {t('compareCentres.converted', { amount: format.money(converted.amount, converted.rate.to) })}
    </span>
  );
}

/**
 * A row's cells: ranked configurations get "Lowest" and "… more" against the others of their own
 * centre (never across centres); the others only their figure.
 */
function rankedRow(
  amounts: ReadonlyArray<string | null>,
  ranking: Ranking,
  compared: readonly ComparedConfiguration[],
  currencies: readonly string[],
): Array<ComparedCell | null> {
  const centreOf = (i: number) => compared[i].request.input.providerCode;
  const cells: Array<ComparedCell | null> = amounts.map((amount) =>
    amount === null ? null : { amount, lowest: false, aboveLowest: null },
  );
  for (const centre of new Set(amounts.map((_, i) => centreOf(i)))) {
    const own = amounts.map((amount, i) => (ranking.ranked[i] && centreOf(i) === centre ? amount : null));
    const digits = currencyDigits(currencies[amounts.findIndex((_, i) => centreOf(i) === centre)]);
    compareRow(own, digits).forEach((cell, i) => {
      if (cell) cells[i] = cell;
    });
  }
  return cells;
}
