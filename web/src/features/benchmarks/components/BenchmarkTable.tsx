import { Button, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useTranslation } from 'react-i18next';
import { LangText, type CatalogueString } from '../../../components/ui/CatalogueText';
import { useFormatters } from '../../../lib/format';
import type { BenchmarkFigure, BenchmarkKpi } from '../api/benchmarks';

/** One KPI's figures by centre and year; rows the user may change get Edit and Delete. */
export function BenchmarkTable({
  kpi,
  figures,
  centreName,
  mayWrite,
  onEdit,
  onDelete,
}: {
  kpi: BenchmarkKpi;
  figures: readonly BenchmarkFigure[];
  centreName(code: string): CatalogueString;
  mayWrite(figure: BenchmarkFigure): boolean;
  onEdit(figure: BenchmarkFigure): void;
  onDelete(figure: BenchmarkFigure): void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = figures.some(mayWrite);
  return (
    <TableScroll label={t(`benchmarks.kpi.${kpi}`)}>
      <Table data-size="sm" zebra className="benchmark-table">
        <caption>
          {t(`benchmarks.kpi.${kpi}`)}{' '}
          <span className="benchmark-table__count">
            ({t('benchmarks.table.count', { count: figures.length })})
          </span>
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('benchmarks.table.centre')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('benchmarks.table.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="amount">
              {t('benchmarks.table.value')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('benchmarks.table.source')}</Table.HeaderCell>
            {actions && <Table.HeaderCell scope="col">{t('benchmarks.table.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {figures.map((figure) => {
            const centre = centreName(figure.providerCode);
            const context = {
              centre: centre.text,
              year: figure.year,
              kpi: t(`benchmarks.kpi.${kpi}`),
            };
            return (
              <Table.Row key={figure.id}>
                <Table.HeaderCell scope="row">
                  <LangText {...centre} />
                </Table.HeaderCell>
                <Table.Cell>{figure.year}</Table.Cell>
                <Table.Cell className="amount">{format.price(figure.value, figure.currency)}</Table.Cell>
                <Table.Cell>{figure.source}</Table.Cell>
                {actions && (
                  <Table.Cell>
                    {mayWrite(figure) && (
                      <div className="benchmark-table__actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('benchmarks.table.editLabel', context)}
                          onClick={() => onEdit(figure)}
                        >
                          {t('benchmarks.table.edit')}
                        </Button>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={t('benchmarks.table.deleteLabel', context)}
                          onClick={() => onDelete(figure)}
                        >
                          {t('benchmarks.table.delete')}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
