import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../components/manage/ChoiceField';
import type { AgreementStatus } from '../../../lib/graphql/generated/graphql';
import { useAgreementAgencies, type AgreementFilters as Filters } from '../api/agreements';

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['UPCOMING', 'ACTIVE', 'ENDED', 'TERMINATED'];

/**
 * Narrows the list by status, agency and "ending before" (renewal work), applied with a button so
 * a keyboard user moving through the choices does not reload the list at each one.
 */
export function AgreementFilters({ value, onApply }: { value: Filters; onApply(filters: Filters): void }) {
  const { t } = useTranslation();
  const agencies = useAgreementAgencies();
  const [chosen, setChosen] = useState(value);
  return (
    <form
      className="picker-row"
      aria-label={t('manager.agreements.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(chosen);
      }}
    >
      <ChoiceField
        id="agreements-status"
        label={t('manager.agreements.statusFilter')}
        allLabel={t('manager.agreements.allStatuses')}
        choices={AGREEMENT_STATUSES.map((status) => ({
          value: status,
          label: t(`manager.agreements.status.${status}`),
        }))}
        value={chosen.status ?? ''}
        onChange={(status) => setChosen({ ...chosen, status: (status || null) as AgreementStatus | null })}
      />
      <ChoiceField
        id="agreements-agency"
        label={t('manager.agreements.agencyFilter')}
        allLabel={t('manager.agreements.allAgencies')}
        choices={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
        value={chosen.agencyId ?? ''}
        onChange={(agencyId) => setChosen({ ...chosen, agencyId: agencyId || null })}
      />
      <Textfield
        id="agreements-ending"
        type="date"
        label={t('manager.agreements.endingBefore')}
        value={chosen.endingBefore ?? ''}
        onChange={(event) => setChosen({ ...chosen, endingBefore: event.target.value || null })}
      />
      <Button type="submit" variant="secondary">
        {t('manager.agreements.apply')}
      </Button>
    </form>
  );
}
