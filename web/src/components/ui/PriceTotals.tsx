import { Table } from '@digdir/designsystemet-react';
import { Decimal } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';

/** The three totals of a price (PriceTotals). */
interface Totals {
  monthly: string;
  firstYear: string;
  contractTotal: string;
}

/**
 * Year 1's charges that "monthly charges" leave out, as `<dt>`/`<dd>` pairs of a totals list:
 * yearly fees (year 1's recurring total less twelve months of the monthly charges, exact) and
 * one-time fees; each only when there is one. `idPrefix` names the figures ("total" →
 * `total-yearly`, `total-one-time`).
 */
export function YearOneCharges({
  yearOne,
  monthly,
  currency,
  idPrefix,
}: {
  yearOne: { recurring: string; oneTime: string };
  monthly: string;
  currency: string;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const yearly = Decimal.parse(yearOne.recurring).minus(Decimal.parse(monthly).times(Decimal.of(12)));
  const oneTime = Decimal.parse(yearOne.oneTime);
  return (
    <>
      {!yearly.isZero() && (
        <>
          <dt>{t('summary.yearly')}</dt>
          <dd id={idPrefix && `${idPrefix}-yearly`}>{format.money(yearly.toString(), currency)}</dd>
        </>
      )}
      {!oneTime.isZero() && (
        <>
          <dt>{t('summary.oneTime')}</dt>
          <dd id={idPrefix && `${idPrefix}-one-time`}>{format.money(oneTime.toString(), currency)}</dd>
        </>
      )}
    </>
  );
}

/**
 * The total rows under a table of price lines: the month's charges, the first year's and the
 * whole contract's, each labelled across the `labelColumns` columns before the amounts.
 */
export function TotalRows({
  totals,
  currency,
  labelColumns,
}: {
  totals: Totals;
  currency: string;
  labelColumns: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows: Array<[string, string]> = [
    [t('lines.totalMonthly'), totals.monthly],
    [t('lines.totalFirstYear'), totals.firstYear],
    [t('lines.totalContract'), totals.contractTotal],
  ];
  return (
    <Table.Foot>
      {rows.map(([label, amount]) => (
        <Table.Row key={label} className="price-lines__total">
          <Table.HeaderCell scope="row" colSpan={labelColumns}>
            {label}
          </Table.HeaderCell>
          <Table.Cell className="amount">
            <strong>{format.money(amount, currency)}</strong>
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Foot>
  );
}
