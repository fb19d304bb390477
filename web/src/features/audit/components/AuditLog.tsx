import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState, LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAuditEvents, type AuditEvent, type AuditFilters } from '../api/audit';
import { AuditEventItem } from './AuditEventItem';

/**
 * Readable names of the things in the log: the API's (`entityName`, from the whole audit trail: a
 * quote's reference, an agency's name, a user's e-mail, a catalogue version's number), else what
 * the events on this page recorded (a proposal's title); the id only where none is known.
 */
function entityNames(events: readonly AuditEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    if (event.entityName) names.set(event.entityId, event.entityName);
  }
  for (const event of events) {
    for (const record of [event.after, event.before] as Array<Record<string, unknown> | null>) {
      if (!record || names.has(event.entityId)) continue;
      if (event.entity === 'CatalogueVersion' && typeof record.number === 'number')
        names.set(event.entityId, String(record.number));
      else if (event.entity === 'Quote' && typeof record.reference === 'string')
        names.set(event.entityId, record.reference);
      else if (event.entity === 'Proposal' && typeof record.title === 'string')
        names.set(event.entityId, record.title);
    }
  }
  return names;
}

const ENTITIES = [
  'CatalogueVersion',
  'Quote',
  'QuoteComment',
  'Agency',
  'Provider',
  'User',
  'Proposal',
  'BenchmarkFigure',
  'ExchangeRate',
];

/** `/manage/audit`: who changed what and when, filtered by kind of thing and by person. */
export function AuditLog({ providerCodes }: { providerCodes: readonly string[] | null }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters: AuditFilters = {
    entity: search.get('entity') ?? '',
    actorEmail: search.get('person') ?? '',
    providerCode: search.get('centre') ?? '',
  };
  const [draft, setDraft] = useState(filters);
  const events = useAuditEvents(filters);
  useDocumentTitle(t('manager.audit.title'));
  const apply = () => {
    const next = new URLSearchParams();
    if (draft.entity) next.set('entity', draft.entity);
    if (draft.actorEmail.trim()) next.set('person', draft.actorEmail.trim());
    if (draft.providerCode) next.set('centre', draft.providerCode);
    setSearch(next);
  };
  const pages = events.data?.pages ?? [];
  const shown = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const total = pages[0]?.totalCount ?? 0;
  const names = entityNames(shown);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('manager.audit.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.audit.intro')}</Paragraph>
      <form
        className="picker-row"
        aria-label={t('manager.audit.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <Field>
          <Label htmlFor="audit-entity">{t('manager.audit.entityFilter')}</Label>
          <Select
            id="audit-entity"
            width="auto"
            value={draft.entity}
            onChange={(event) => setDraft({ ...draft, entity: event.target.value })}
          >
            <Select.Option value="">{t('manager.audit.allEntities')}</Select.Option>
            {ENTITIES.map((entity) => (
              <Select.Option key={entity} value={entity}>
                {t(`manager.audit.entity.${entity}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id="audit-person"
          type="email"
          label={t('manager.audit.personFilter')}
          description={t('manager.audit.personHelp')}
          value={draft.actorEmail}
          onChange={(event) => setDraft({ ...draft, actorEmail: event.target.value })}
        />
        {providerCodes && (
          <Field>
            <Label htmlFor="audit-centre">{t('manager.audit.centreFilter')}</Label>
            <Select
              id="audit-centre"
              width="auto"
              value={draft.providerCode}
              onChange={(event) => setDraft({ ...draft, providerCode: event.target.value })}
            >
              <Select.Option value="">{t('manager.audit.allCentres')}</Select.Option>
              {providerCodes.map((code) => (
                <Select.Option key={code} value={code}>
                  {code}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Button type="submit" variant="secondary">
          {t('manager.audit.apply')}
        </Button>
      </form>
      <div role="status" className="audit-count">
        {events.isSuccess && (
          <Paragraph>{t('manager.audit.count', { count: total, shown: shown.length })}</Paragraph>
        )}
      </div>
      {events.isPending ? (
        <LoadingState label={t('manager.audit.loading')} />
      ) : events.error ? (
        <QueryFailure
          error={events.error}
          what={t('manager.audit.what')}
          onRetry={() => void events.refetch()}
        />
      ) : shown.length === 0 ? (
        <EmptyState>{t('manager.audit.empty')}</EmptyState>
      ) : (
        <ol className="audit-events">
          {shown.map((event) => (
            <AuditEventItem
              key={event.id}
              event={event}
              name={event.entityName ?? names.get(event.entityId)}
            />
          ))}
        </ol>
      )}
      {events.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void events.fetchNextPage()}
          disabled={events.isFetchingNextPage}
        >
          {t('manager.audit.more')}
        </Button>
      )}
    </>
  );
}
