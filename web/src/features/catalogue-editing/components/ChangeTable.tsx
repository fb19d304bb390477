import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../lib/localized';
import type { CatalogueChange } from '../api/diff';
import {
  componentWords,
  fieldLabel,
  readableValue,
  type ValueContext,
} from '../../../lib/catalogue-words/change-words';
import type { PriceComponentDocument } from '@servicekatalog/shared';
import { TableScroll } from '../../../components/ui/TableScroll';

const TAG_COLORS = { ADDED: 'success', REMOVED: 'danger', CHANGED: 'warning' } as const;

interface Props {
  changes: readonly CatalogueChange[];
  before: ValueContext;
  after: ValueContext;
  /** Service names by code (for price components, named by their service). */
  serviceName(code: string): string;
}

/**
 * Every change between two versions: the item, what happened to it, and the values before and
 * after — prices in words as customers read them, other fields spelt out.
 */
export function ChangeTable({ changes, before, after, serviceName }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('manager.diff.caption')}>
      <Table zebra className="change-table">
        <caption>{t('manager.diff.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.diff.item')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.diff.change')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.diff.before')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.diff.after')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((change) => (
            <Table.Row key={`${change.kind}:${change.path}:${change.change}`}>
              <Table.HeaderCell scope="row">
                <span className="change-kind">{t(`manager.kind.${change.kind}`)}</span>{' '}
                {itemName(change, before, after, serviceName)}
              </Table.HeaderCell>
              <Table.Cell>
                <Tag data-color={TAG_COLORS[change.change]} data-size="sm">
                  {t(`manager.diff.${change.change}`)}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <Values change={change} side="before" context={before} />
              </Table.Cell>
              <Table.Cell>
                <Values change={change} side="after" context={after} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function itemName(
  change: CatalogueChange,
  before: ValueContext,
  after: ValueContext,
  serviceName: (code: string) => string,
): string {
  const fragment = (change.after ?? change.before) as Record<string, unknown> | null;
  const language = (change.after ? after : before).language;
  if (change.kind === 'PRICE_COMPONENT') {
    const label =
      localized(fragment?.label as Record<string, string> | undefined, language) || change.name || '';
    return `${serviceName(change.code)} › ${label}`;
  }
  if (change.kind === 'SETTINGS') return change.code;
  const name = localized(fragment?.name as Record<string, string> | undefined, language) || change.name;
  return name && name !== change.code ? `${name} (${change.code})` : change.code;
}

/** One side of a change: the whole item when added or removed, the changed fields otherwise. */
function Values({
  change,
  side,
  context,
}: {
  change: CatalogueChange;
  side: 'before' | 'after';
  context: ValueContext;
}) {
  const { t } = useTranslation();
  const whole = change[side];
  if (change.kind === 'PRICE_COMPONENT' && whole) {
    return <span className="price-words">{componentWords(whole as PriceComponentDocument, context)}</span>;
  }
  if (change.change !== 'CHANGED') {
    return whole ? (
      <span>{summary(whole, context)}</span>
    ) : (
      <span className="muted">{t('manager.value.none')}</span>
    );
  }
  return (
    <dl className="field-changes">
      {change.fields.map((field) => (
        <div key={field.field}>
          <dt>{fieldLabel(field.field, t)}</dt>
          <dd>{readableValue(field[side], context, field.field)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An added or removed item in a line: its name and, for a service, kind and number of prices. */
function summary(fragment: unknown, context: ValueContext): string {
  const item = fragment as Record<string, unknown>;
  const { t } = context;
  const parts: string[] = [];
  if (item.name) parts.push(readableValue(item.name, context));
  if (typeof item.kind === 'string') parts.push(t(`service.kind.${item.kind}`));
  if (Array.isArray(item.priceComponents))
    parts.push(t('manager.diff.components', { count: item.priceComponents.length }));
  if (typeof item.surchargePercent === 'string')
    parts.push(readableValue(item.surchargePercent, context, 'surchargePercent'));
  return parts.join(' · ') || readableValue(fragment, context);
}
