import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../components/manage/ChoiceField';
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
      <ChoiceField
        id="inbox-status"
        label={t('manager.inbox.statusFilter')}
        allLabel={t('manager.inbox.allStatuses')}
        choices={STATUSES.map((status) => ({ value: status, label: t(`manager.quoteStatus.${status}`) }))}
        value={chosen.status ?? ''}
        onChange={(status) => setChosen({ ...chosen, status: (status || null) as QuoteStatus | null })}
      />
      <ChoiceField
        id="inbox-agency"
        label={t('manager.inbox.agencyFilter')}
        allLabel={t('manager.inbox.allAgencies')}
        choices={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
        value={chosen.agencyId ?? ''}
        onChange={(agencyId) => setChosen({ ...chosen, agencyId: agencyId || null })}
      />
      <Button type="submit" variant="secondary">
        {t('manager.inbox.apply')}
      </Button>
    </form>
  );
}
