import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { TableScroll } from '../../../components/ui/TableScroll';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteRate, useExchangeRates, type ExchangeRate } from '../api/price-benchmark';
import { rateFailure } from '../model/rate-form';
import { RateForm } from './RateForm';
import '../i18n';
import './price-benchmark.css';

type Notice = { tone: 'success' | 'danger'; key: string; reload?: boolean };

/** `/exchange-rates` (administrators): the rates the price benchmark converts with. */
export function ExchangeRates() {
  const { t } = useTranslation();
  const format = useFormatters();
  const online = useOnlineStatus();
  const rates = useExchangeRates();
  const remove = useDeleteRate();
  const [editing, setEditing] = useState<ExchangeRate | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saves, setSaves] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('priceBenchmark.rates.title'));
  const today = new Date().toISOString().slice(0, 10);
  const focusForm = () => requestAnimationFrame(() => formHeading.current?.focus());

  const reload = () => {
    setEditing(null);
    setNotice(null);
    void rates.refetch();
  };
  const deleteRate = (rate: ExchangeRate) =>
    remove.mutate(
      { id: rate.id, expectedVersion: rate.version },
      {
        onSuccess: () => setNotice({ tone: 'success', key: 'priceBenchmark.rates.done.deleted' }),
        onError: (error) => {
          const failure = rateFailure(error, online);
          setNotice({
            tone: 'danger',
            key: failure.key,
            reload: failure.kind === 'message' && failure.reload,
          });
        },
        onSettled: () => {
          setConfirming(null);
          if (editing?.id === rate.id) setEditing(null);
          focusForm();
        },
      },
    );

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('priceBenchmark.rates.title')}
      </Heading>
      <Paragraph variant="long" className="lead">
        {t('priceBenchmark.rates.intro')}
      </Paragraph>
      <div role="status">
        {notice && (
          <Alert data-color={notice.tone}>
            {t(notice.key)}{' '}
            {notice.reload && (
              <Button variant="tertiary" data-size="sm" onClick={reload}>
                {t('priceBenchmark.rates.reload')}
              </Button>
            )}
          </Alert>
        )}
      </div>
      <section aria-labelledby="rate-form-heading" className="price-benchmark-section">
        <Heading level={2} data-size="sm" id="rate-form-heading" ref={formHeading} tabIndex={-1}>
          {editing
            ? t('priceBenchmark.rates.form.editHeading')
            : t('priceBenchmark.rates.form.recordHeading')}
        </Heading>
        <RateForm
          key={editing ? `${editing.id}:${editing.version}` : `new:${saves}`}
          rate={editing}
          today={today}
          onSaved={(what) => {
            setNotice({ tone: 'success', key: `priceBenchmark.rates.done.${what}` });
            setEditing(null);
            setSaves((count) => count + 1);
            focusForm();
          }}
          onCancel={() => {
            setEditing(null);
            focusForm();
          }}
          onMessage={(message) => setNotice({ tone: 'danger', ...message })}
        />
      </section>
      {rates.isPending ? (
        <LoadingState label={t('priceBenchmark.rates.loading')} />
      ) : rates.isError ? (
        <QueryFailure
          error={rates.error}
          what={t('priceBenchmark.rates.what')}
          onRetry={() => void rates.refetch()}
        />
      ) : rates.data.length === 0 ? (
        <EmptyState>{t('priceBenchmark.rates.empty')}</EmptyState>
      ) : (
        <TableScroll label={t('priceBenchmark.rates.caption')}>
          <Table data-size="sm" zebra>
            <caption>{t('priceBenchmark.rates.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('priceBenchmark.rates.table.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('priceBenchmark.rates.table.pair')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="amount">
                  {t('priceBenchmark.rates.table.rate')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('priceBenchmark.rates.table.source')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('priceBenchmark.rates.table.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rates.data.map((rate) => {
                const context = { from: rate.from, to: rate.to, date: format.date(rate.date) };
                return (
                  <Table.Row key={rate.id}>
                    <Table.Cell>{format.date(rate.date)}</Table.Cell>
                    <Table.HeaderCell scope="row">
                      {rate.from} → {rate.to}
                    </Table.HeaderCell>
                    <Table.Cell className="amount">{format.quantity(rate.rate)}</Table.Cell>
                    <Table.Cell>{rate.source}</Table.Cell>
                    <Table.Cell>
                      <div className="rate-table__actions">
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('priceBenchmark.rates.table.editLabel', context)}
                          onClick={() => {
                            setNotice(null);
                            setEditing(rate);
                            focusForm();
                          }}
                        >
                          {t('priceBenchmark.rates.table.edit')}
                        </Button>
                        {confirming === rate.id ? (
                          <Button
                            variant="secondary"
                            data-size="sm"
                            data-color="danger"
                            aria-busy={remove.isPending || undefined}
                            aria-label={t('priceBenchmark.rates.table.confirmLabel', context)}
                            onClick={() => deleteRate(rate)}
                          >
                            {t('priceBenchmark.rates.table.confirm')}
                          </Button>
                        ) : (
                          <Button
                            variant="tertiary"
                            data-size="sm"
                            data-color="danger"
                            aria-label={t('priceBenchmark.rates.table.deleteLabel', context)}
                            onClick={() => setConfirming(rate.id)}
                          >
                            {t('priceBenchmark.rates.table.delete')}
                          </Button>
                        )}
                      </div>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
