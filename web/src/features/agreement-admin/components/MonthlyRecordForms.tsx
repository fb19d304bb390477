import { LOWER_IS_BETTER_UNITS, type VolumeEntry } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { LangText, useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { useFormatters } from '../../../lib/format';
import {
  useRecordServiceResults,
  useRecordVolumes,
  useTermCatalogue,
  type AdminAgreement,
} from '../api/agreements';
import { MonthlyEntryForm, type MonthlyField } from './MonthlyEntryForm';

type Catalogue = NonNullable<ReturnType<typeof useTermCatalogue>['data']>;

interface FormProps {
  agreement: AdminAgreement;
  onReload(): void;
}

/**
 * The hand-typed record forms of the agreement page: a month's volumes per driver of the current
 * term's forecast, and a month's measured value per target of its service level, both read from
 * the catalogue version the term is pinned to.
 */
export function MonthlyRecordForms({ agreement, onReload }: FormProps) {
  const { t } = useTranslation();
  const catalogue = useTermCatalogue(agreement.providerCode, agreement.current.catalogueVersion);
  if (catalogue.isPending) return <LoadingState label={t('manager.agreements.record.loading')} />;
  if (catalogue.isError || !catalogue.data)
    return (
      <QueryFailure
        error={catalogue.error}
        what={t('manager.agreements.record.what')}
        onRetry={() => void catalogue.refetch()}
      />
    );
  return (
    <>
      <VolumesForm agreement={agreement} catalogue={catalogue.data} onReload={onReload} />
      <ServiceResultsForm agreement={agreement} catalogue={catalogue.data} onReload={onReload} />
    </>
  );
}

function VolumesForm({ agreement, catalogue, onReload }: FormProps & { catalogue: Catalogue }) {
  const shown = useCatalogueStrings();
  const record = useRecordVolumes();
  const forecast = (agreement.current.configuration as { volumes?: VolumeEntry[] } | null)?.volumes ?? [];
  const fields: MonthlyField[] = forecast.flatMap(({ driverCode }) => {
    const driver = catalogue.drivers.find((candidate) => candidate.code === driverCode);
    if (!driver) return [];
    const name = shown(driver.nameTranslations, driver.code);
    return [
      {
        key: driver.code,
        integer: driver.integer,
        label: <LangText {...name} />,
        problemParams: { driver: name.text },
      },
    ];
  });
  if (fields.length === 0) return null;
  return (
    <MonthlyEntryForm
      id="volumes"
      agreement={agreement}
      fields={fields}
      entry={(month, key, value) => ({ month, driverCode: key, quantity: value })}
      send={record.mutateAsync}
      onReload={onReload}
    />
  );
}

function ServiceResultsForm({ agreement, catalogue, onReload }: FormProps & { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const shown = useCatalogueStrings();
  const format = useFormatters();
  const record = useRecordServiceResults();
  const levelCode = agreement.current.price.serviceLevelCode;
  const targets = catalogue.serviceLevels.find((level) => level.code === levelCode)?.targets ?? [];
  if (targets.length === 0) return null;
  // A target is identified by (metric, service) within its level (DESIGN "Service results").
  const keyOf = (metric: string, serviceCode?: string | null) => `${metric}|${serviceCode ?? ''}`;
  const fields: MonthlyField[] = targets.map((target) => {
    const name = shown(target.nameTranslations, target.metric);
    const goal = {
      value: format.quantity(target.value),
      unit: t(`manager.targetUnit.${target.unit}`, { defaultValue: target.unit }),
    };
    return {
      key: keyOf(target.metric, target.serviceCode),
      integer: false,
      label: (
        <>
          <LangText {...name} />
          {` (${target.serviceCode ?? t('manager.agreements.results.wholePackage')})`}
        </>
      ),
      description: t(
        LOWER_IS_BETTER_UNITS.includes(target.unit)
          ? 'manager.agreements.record.results.atMost'
          : 'manager.agreements.record.results.atLeast',
        goal,
      ),
    };
  });
  return (
    <MonthlyEntryForm
      id="results"
      agreement={agreement}
      fields={fields}
      entry={(month, key, value) => {
        const target = targets.find((candidate) => keyOf(candidate.metric, candidate.serviceCode) === key);
        return { month, metric: target?.metric ?? '', serviceCode: target?.serviceCode ?? null, value };
      }}
      send={record.mutateAsync}
      onReload={onReload}
    />
  );
}
