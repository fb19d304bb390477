import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useFormatters } from '../../../lib/format';
import { describeImpactProblem, type ImpactProblem } from '../model/impact-problems';

/** What the draft does to one price: first-year and contract totals before, after and the difference. */
export interface ImpactAmounts {
  currency: string;
  draftCurrency: string;
  firstYearBefore?: string | null;
  firstYearAfter?: string | null;
  firstYearDifference?: string | null;
  contractTotalBefore?: string | null;
  contractTotalAfter?: string | null;
  contractTotalDifference?: string | null;
}

/**
 * The draft impact's table: a row heading, then first year and contract total, each as before
 * (worded by `beforeLabel`), with the draft and the difference.
 */
export function ImpactTable({
  caption,
  rowHeading,
  beforeLabel,
  children,
}: {
  caption: string;
  rowHeading: string;
  beforeLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const columns = [beforeLabel, t('manager.impact.after'), t('manager.impact.difference')];
  return (
    <TableScroll label={caption}>
      <Table zebra data-size="sm" className="impact-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2}>{rowHeading}</Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('manager.impact.firstYear')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('manager.impact.contractTotal')}
            </Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {['firstYear', 'contractTotal'].flatMap((group) =>
              columns.map((column) => (
                <Table.HeaderCell key={`${group}-${column}`} className="amount">
                  {column}
                </Table.HeaderCell>
              )),
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The six amount cells of a row; a missing amount reads "cannot be priced", a missing difference "–". */
export function ImpactAmountCells({ impact }: { impact: ImpactAmounts }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = (amount: string | null | undefined, currency: string) =>
    amount == null ? t('manager.impact.notPriced') : format.money(amount, currency);
  const difference = (amount: string | null | undefined) => {
    if (amount == null) return t('manager.impact.noDifference');
    const text = format.money(amount, impact.currency);
    return amount.startsWith('-') || /^0*(\.0*)?$/.test(amount) ? text : `+${text}`;
  };
  return (
    <>
      <Table.Cell className="amount">{money(impact.firstYearBefore, impact.currency)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.firstYearAfter, impact.draftCurrency)}</Table.Cell>
      <Table.Cell className="amount">{difference(impact.firstYearDifference)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.contractTotalBefore, impact.currency)}</Table.Cell>
      <Table.Cell className="amount">{money(impact.contractTotalAfter, impact.draftCurrency)}</Table.Cell>
      <Table.Cell className="amount">{difference(impact.contractTotalDifference)}</Table.Cell>
    </>
  );
}

/** Why the draft cannot price a row, in the reader's language, and whether it breaks a rule with the draft. */
export function ImpactProblems({
  problems,
  validAfter,
}: {
  problems: readonly (ImpactProblem & { field: string })[];
  validAfter?: boolean | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {problems.map((problem) => {
        const worded = describeImpactProblem(problem, t);
        return (
          <span key={problem.field + problem.code} className="impact-problem" lang={worded.lang}>
            {worded.text}
          </span>
        );
      })}
      {validAfter === false && <span className="impact-problem">{t('manager.impact.invalidAfter')}</span>}
    </>
  );
}
