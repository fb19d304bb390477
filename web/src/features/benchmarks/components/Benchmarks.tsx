import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LangText, type CatalogueString } from '../../../components/ui/CatalogueText';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import { useSession, userManages, userMay } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOnlineStatus } from '../../../lib/use-online-status';
import {
  centreNameOf,
  KPIS,
  useBenchmarkCentres,
  useBenchmarkFigures,
  useDeleteFigure,
  type BenchmarkFigure,
} from '../api/benchmarks';
import { figureFailure } from '../model/figure-form';
import { BenchmarkFilters, filterFrom, searchOf } from './BenchmarkFilters';
import { BenchmarkTable } from './BenchmarkTable';
import { DeleteFigureDialog } from './DeleteFigureDialog';
import { ChangeNotice } from './ChangeNotice';
import { FigureForm } from './FigureForm';
import '../i18n';
import './benchmarks.css';

type Notice = { tone: 'success' | 'danger'; key: string; reload?: boolean };

/**
 * `/benchmarks[?centre=…&kpi=…]`: the centres' published unit costs per KPI, by centre and year.
 * Account managers record, edit and delete their own centre's figures; administrators every centre's.
 */
export function Benchmarks() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const online = useOnlineStatus();
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const filter = filterFrom(search);
  const figures = useBenchmarkFigures(filter);
  const centres = useBenchmarkCentres();
  const remove = useDeleteFigure();
  const [editing, setEditing] = useState<BenchmarkFigure | null>(null);
  const [deleting, setDeleting] = useState<BenchmarkFigure | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** Counts saves, so that the form starts empty again after one. */
  const [saves, setSaves] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useDocumentTitle(t('benchmarks.title'));

  const thisYear = new Date().getUTCFullYear();
  const centreList = centres.data ?? [];
  const centreName = (code: string): CatalogueString => {
    const centre = centreList.find((candidate) => candidate.code === code);
    return centre ? centreNameOf(centre, i18n.language) : { text: code };
  };
  const ownCentre = user?.role === 'ACCOUNT_MANAGER' ? user.providerCode : null;
  const canWrite = userMay(user, 'BENCHMARK_WRITE') && (user?.role === 'ADMIN' || ownCentre !== null);
  const mayWrite = (figure: BenchmarkFigure) =>
    userMay(user, 'BENCHMARK_WRITE') && userManages(user, figure.providerCode);
  const writableCentres = ownCentre ? centreList.filter((centre) => centre.code === ownCentre) : centreList;

  const focusForm = () => requestAnimationFrame(() => formHeading.current?.focus());
  const reload = () => {
    setEditing(null);
    setNotice(null);
    void figures.refetch();
    focusForm();
  };
  const confirmDelete = () => {
    if (!deleting || remove.isPending) return;
    remove.mutate(
      { id: deleting.id, expectedVersion: deleting.version },
      {
        onSuccess: () => setNotice({ tone: 'success', key: 'benchmarks.done.deleted' }),
        onError: (error) => {
          const failure = figureFailure(error, online);
          setNotice({
            tone: 'danger',
            key: failure.key,
            reload: failure.kind === 'message' && failure.reload,
          });
        },
        onSettled: () => {
          dialog.current?.close();
          if (editing?.id === deleting.id) setEditing(null);
          setDeleting(null);
          // The row and its button may be gone: continue from the form's heading.
          focusForm();
        },
      },
    );
  };

  const rows = figures.data ?? [];
  const kpis = KPIS.filter((kpi) => rows.some((figure) => figure.kpi === kpi));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('benchmarks.title')}
      </Heading>
      <Paragraph variant="long" className="lead">
        {t('benchmarks.intro')}
      </Paragraph>
      <BenchmarkFilters
        filter={filter}
        centres={centreList}
        onChange={(next) => setSearch(searchOf(next), { replace: true })}
      />
      <div role="status" className="benchmark-notice">
        {notice && (
          <ChangeNotice
            tone={notice.tone}
            textKey={notice.key}
            onReload={notice.reload ? reload : undefined}
          />
        )}
      </div>
      {canWrite && centres.isSuccess && (
        <section aria-labelledby="benchmark-form-heading" className="benchmark-form-section">
          <Heading level={2} data-size="sm" id="benchmark-form-heading" ref={formHeading} tabIndex={-1}>
            {editing
              ? translateWithNodes(t, 'benchmarks.form.editHeading', {
                  kpi: t(`benchmarks.kpi.${editing.kpi}`),
                  centre: <LangText {...centreName(editing.providerCode)} />,
                  year: editing.year,
                })
              : t('benchmarks.form.recordHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('benchmarks.form.intro')}</Paragraph>
          <FigureForm
            key={editing ? `${editing.id}:${editing.version}` : `new:${saves}`}
            centres={writableCentres}
            ownCentre={ownCentre}
            figure={editing}
            thisYear={thisYear}
            onSaved={(what) => {
              setNotice({ tone: 'success', key: `benchmarks.done.${what}` });
              setEditing(null);
              setSaves((count) => count + 1);
              focusForm();
            }}
            onCancel={() => {
              setEditing(null);
              focusForm();
            }}
            onReload={reload}
          />
        </section>
      )}
      {figures.isPending ? (
        <LoadingState label={t('benchmarks.loading')} />
      ) : figures.isError ? (
        <QueryFailure
          error={figures.error}
          what={t('benchmarks.what')}
          onRetry={() => void figures.refetch()}
        />
      ) : kpis.length === 0 ? (
        <EmptyState>{t('benchmarks.empty')}</EmptyState>
      ) : (
        kpis.map((kpi) => (
          <BenchmarkTable
            key={kpi}
            kpi={kpi}
            figures={rows.filter((figure) => figure.kpi === kpi)}
            centreName={centreName}
            mayWrite={mayWrite}
            onEdit={(figure) => {
              setNotice(null);
              setEditing(figure);
              focusForm();
            }}
            onDelete={(figure) => {
              setNotice(null);
              setDeleting(figure);
              dialog.current?.showModal();
            }}
          />
        ))
      )}
      <DeleteFigureDialog
        ref={dialog}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        description={
          deleting && {
            centre: <LangText {...centreName(deleting.providerCode)} />,
            year: deleting.year,
            kpi: t(`benchmarks.kpi.${deleting.kpi}`),
            value: format.price(deleting.value, deleting.currency),
          }
        }
      />
    </>
  );
}
