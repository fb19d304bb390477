import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
      <Field>
        <Label htmlFor="agreements-status">{t('manager.agreements.statusFilter')}</Label>
        <Select
          id="agreements-status"
          width="auto"
          value={chosen.status ?? ''}
          onChange={(event) =>
            setChosen({ ...chosen, status: (event.target.value || null) as AgreementStatus | null })
          }
        >
          <Select.Option value="">{t('manager.agreements.allStatuses')}</Select.Option>
          {AGREEMENT_STATUSES.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`manager.agreements.status.${status}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor="agreements-agency">{t('manager.agreements.agencyFilter')}</Label>
        <Select
          id="agreements-agency"
          width="auto"
          value={chosen.agencyId ?? ''}
          onChange={(event) => setChosen({ ...chosen, agencyId: event.target.value || null })}
        >
          <Select.Option value="">{t('manager.agreements.allAgencies')}</Select.Option>
          {(agencies.data ?? []).map((agency) => (
            <Select.Option key={agency.id} value={agency.id}>
              {agency.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
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
