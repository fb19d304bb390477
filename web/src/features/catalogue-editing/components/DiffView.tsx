import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCatalogueDiff, type DiffData } from '../api/diff';
import { useManagedProvider, type ManagedVersion } from '../../../lib/manage/versions';
import type { ValueContext } from '../../../lib/catalogue-words/change-words';
import { managePaths } from '../../../lib/manage/manage-paths';
import { ChangeTable } from './ChangeTable';

function readNumber(text: string | null): number | null {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Default comparison: the version in force (else the latest published) against the newest version. */
function defaults(versions: readonly ManagedVersion[]): { from: number | null; to: number | null } {
  const newest = versions[0];
  const base =
    versions.find((version) => version.inForce) ??
    versions.find((version) => version.number !== newest?.number);
  return {
    from: base?.number ?? null,
    to: newest && base && newest.number !== base.number ? newest.number : null,
  };
}

/** `/manage/centres/:code/changes?from=&to=`: what changes between two versions of the centre's catalogue. */
export function DiffView({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const centre = useManagedProvider(providerCode);
  const [search, setSearch] = useSearchParams();
  const fallback = defaults(centre.versions);
  const from = readNumber(search.get('from')) ?? fallback.from;
  const to = readNumber(search.get('to')) ?? fallback.to;
  const diff = useCatalogueDiff(providerCode, from, to);
  useDocumentTitle(t('manager.diff.title'));
  if (centre.isPending) return <LoadingState label={t('manager.diff.loading')} />;
  return (
    <>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to={managePaths.centre(providerCode)}>
            {t('manager.versions.back', { name: centre.provider?.name ?? providerCode })}
          </RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {from && to ? t('manager.diff.heading', { from, to }) : t('manager.diff.title')}
      </Heading>
      <Paragraph className="lead">{t('manager.diff.intro')}</Paragraph>
      <VersionPicker
        versions={centre.versions}
        from={from}
        to={to}
        onPick={(next) => setSearch({ from: String(next.from), to: String(next.to) }, { replace: true })}
      />
      {from === null || to === null || from === to ? (
        <EmptyState>{t('manager.diff.pickTwo')}</EmptyState>
      ) : diff.isPending ? (
        <LoadingState label={t('manager.diff.loading')} />
      ) : diff.error ? (
        <QueryFailure error={diff.error} what={t('manager.diff.what')} onRetry={() => void diff.refetch()} />
      ) : (
        <DiffResult data={diff.data} />
      )}
    </>
  );
}

function DiffResult({ data }: { data: DiffData }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const context = (side: DiffData['before']): ValueContext => ({
    t,
    format,
    language: i18n.language,
    currency: side?.currency ?? '',
    unitOf: (code) => side?.drivers.find((driver) => driver.code === code)?.unit ?? code,
  });
  const names = new Map(
    [...(data.before?.services ?? []), ...(data.after?.services ?? [])].map((s) => [s.code, s.name]),
  );
  const { changes } = data.catalogueDiff;
  return (
    <section aria-labelledby="diff-result-heading">
      <Heading id="diff-result-heading" level={2} data-size="md">
        {t('manager.diff.count', { count: changes.length })}
      </Heading>
      {changes.length === 0 ? (
        <EmptyState>{t('manager.diff.none')}</EmptyState>
      ) : (
        <ChangeTable
          changes={changes}
          before={context(data.before)}
          after={context(data.after)}
          serviceName={(code) => names.get(code) ?? code}
        />
      )}
    </section>
  );
}

function VersionPicker({
  versions,
  from,
  to,
  onPick,
}: {
  versions: readonly ManagedVersion[];
  from: number | null;
  to: number | null;
  onPick(next: { from: number; to: number }): void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState({ from: from ?? 0, to: to ?? 0 });
  const options = versions.map((version) => (
    <Select.Option key={version.number} value={version.number}>
      {t(version.status === 'DRAFT' ? 'manager.diff.draftOption' : 'manager.versions.number', {
        number: version.number,
      })}
    </Select.Option>
  ));
  return (
    <form
      className="picker-row"
      onSubmit={(event) => {
        event.preventDefault();
        onPick(picked);
      }}
    >
      <Field>
        <Label htmlFor="diff-from">{t('manager.diff.from')}</Label>
        <Select
          id="diff-from"
          width="auto"
          value={picked.from}
          onChange={(event) => setPicked({ ...picked, from: Number(event.target.value) })}
        >
          {options}
        </Select>
      </Field>
      <Field>
        <Label htmlFor="diff-to">{t('manager.diff.to')}</Label>
        <Select
          id="diff-to"
          width="auto"
          value={picked.to}
          onChange={(event) => setPicked({ ...picked, to: Number(event.target.value) })}
        >
          {options}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t('manager.diff.compare')}
      </Button>
    </form>
  );
}
