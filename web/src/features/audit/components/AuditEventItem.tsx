import { Details, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { intlLocale, useFormatters } from '../../../lib/format';
import { localizedWithLanguage, type ShownText } from '../../../lib/localized';
import type { AuditEvent } from '../api/audit';
import { recordedChanges } from '../model/audit-changes';
import { fieldLabel, readableValue, type ValueContext } from '../../../lib/catalogue-words/change-words';
import { parsePath } from '../../../lib/manage/paths';
import { TableScroll } from '../../../components/ui/TableScroll';

const KNOWN_ACTIONS = new Set([
  'IMPORT',
  'PUBLISH',
  'DISCARD',
  'CREATE_DRAFT',
  'UPDATE_SETTINGS',
  'CREATE',
  'UPDATE',
  'EDIT',
  'SUBMIT',
  'WITHDRAW',
  'REVISE',
  'ACCEPT',
  'REJECT',
  'DEACTIVATE',
  'REACTIVATE',
  'SET_ONE_TIME_PASSWORD',
  'CHANGE_PASSWORD',
  'DELETE',
  'VOTE',
  'WITHDRAW_VOTE',
  'RESPOND',
]);
const ITEM_ACTION = /^(CREATE|UPDATE|REMOVE)_(CATEGORY|VOLUME_DRIVER|SERVICE_LEVEL|SERVICE|SERVICE_PACKAGE)$/;

/** "UPDATE_SERVICE" → "Changed a service"; an action this version does not know is shown as it is. */
export function actionWords(action: string, t: TFunction): string {
  const item = ITEM_ACTION.exec(action);
  if (item) return t(`manager.audit.item.${item[1]}`, { item: t(`manager.audit.noun.${item[2]}`) });
  return KNOWN_ACTIONS.has(action) ? t(`manager.audit.action.${action}`) : action;
}

/** "priceComponents[1].unitPrice" → "Price components 2 › Unit price". */
function pathWords(path: string, t: TFunction): string {
  if (!path) return t('manager.audit.wholeRecord');
  return parsePath(path)
    .map((segment) => (typeof segment === 'number' ? String(segment + 1) : fieldLabel(segment, t)))
    .join(' › ');
}

/** One audit event: when, who, what, and the values that changed, before and after. */
export function AuditEventItem({ event, name }: { event: AuditEvent; name?: string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  const currency = currencyOf(event.after) ?? currencyOf(event.before) ?? '';
  const context: ValueContext = { t, format, language: i18n.language, currency, unitOf: (code) => code };
  const changes = recordedChanges(event.before, event.after);
  const item = editedItem(event, i18n.language);
  return (
    <li className="audit-event">
      <p className="audit-event__head">
        <strong>{actionWords(event.action, t)}</strong>
        {item && (
          <span className="audit-event__item">
            {' '}
            {item.name.text ? (
              <>
                <span lang={item.name.language ?? undefined}>{item.name.text}</span>
                <span className="catalogue-code"> ({item.code})</span>
              </>
            ) : (
              item.code
            )}
          </span>
        )}{' '}
        <span>
          {t('manager.audit.on', {
            entity: t(`manager.audit.entity.${event.entity}`, { defaultValue: event.entity }),
            id: name ?? event.entityId,
          })}
        </span>
      </p>
      <p className="audit-event__meta">
        {t('manager.audit.byAt', {
          person: event.actorEmail,
          time: `${when.format(new Date(event.at))} UTC`,
        })}
        {event.providerCode ? ` · ${event.providerCode}` : ''}
      </p>
      {changes.length > 0 && (
        <Details>
          <Details.Summary>{t('manager.audit.showChanges', { count: changes.length })}</Details.Summary>
          <Details.Content>
            <TableScroll label={t('manager.audit.changesCaption')}>
              <Table data-size="sm">
                <caption className="visually-hidden">{t('manager.audit.changesCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('manager.audit.field')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('manager.audit.before')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('manager.audit.after')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {changes.map((change) => (
                    <Table.Row key={change.path}>
                      <Table.HeaderCell scope="row">{pathWords(change.path, t)}</Table.HeaderCell>
                      <Table.Cell>{readableValue(change.before, context, change.field)}</Table.Cell>
                      <Table.Cell>{readableValue(change.after, context, change.field)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </Details.Content>
        </Details>
      )}
    </li>
  );
}

/**
 * The catalogue item an edit was about, from its record: its name in the reader's language (else
 * English, else any; with the language it is in) and its code, shown after the name.
 */
function editedItem(event: AuditEvent, language: string): { code: string; name: ShownText } | null {
  if (!ITEM_ACTION.test(event.action)) return null;
  const record = (event.after ?? event.before) as { code?: unknown; name?: unknown } | null;
  if (typeof record?.code !== 'string') return null;
  return { code: record.code, name: localizedWithLanguage(record.name, language) };
}

/** The currency a recorded catalogue value is in, when the record says (settings, imports). */
function currencyOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as { currency?: unknown }).currency;
  return typeof value === 'string' ? value : null;
}
