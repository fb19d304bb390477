import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../../lib/graphql/generated/graphql';
import { useInboxAgencies, type InboxFilters as Filters } from '../api/quotes';

const STATUSES: readonly QuoteStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'DRAFT'];

/**
 * Narrows the inbox by status and agency, applied with a button (a keyboard user moving through
 * the choices does not reload the list at each one); the page keeps the choice in the address.
 */
export function InboxFilters({ value, onApply }: { value: Filters; onApply(filters: Filters): void }) {
  const { t } = useTranslation();
  const agencies = useInboxAgencies();
  const [chosen, setChosen] = useState(value);
  return (
    <form
      className="picker-row"
      aria-label={t('manager.inbox.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(chosen);
      }}
    >
      <Field>
        <Label htmlFor="inbox-status">{t('manager.inbox.statusFilter')}</Label>
        <Select
          id="inbox-status"
          width="auto"
          value={chosen.status ?? ''}
          onChange={(event) =>
            setChosen({ ...chosen, status: (event.target.value || null) as QuoteStatus | null })
          }
        >
          <Select.Option value="">{t('manager.inbox.allStatuses')}</Select.Option>
          {STATUSES.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`manager.quoteStatus.${status}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor="inbox-agency">{t('manager.inbox.agencyFilter')}</Label>
        <Select
          id="inbox-agency"
          width="auto"
          value={chosen.agencyId ?? ''}
          onChange={(event) => setChosen({ ...chosen, agencyId: event.target.value || null })}
        >
          <Select.Option value="">{t('manager.inbox.allAgencies')}</Select.Option>
          {(agencies.data ?? []).map((agency) => (
            <Select.Option key={agency.id} value={agency.id}>
              {agency.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t('manager.inbox.apply')}
      </Button>
    </form>
  );
}
