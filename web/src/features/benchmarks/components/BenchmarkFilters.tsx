import { Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  centreNameOf,
  KPIS,
  type BenchmarkCentre,
  type BenchmarkFilter,
  type BenchmarkKpi,
} from '../api/benchmarks';

/** The filter as kept in the address: `?centre=DFO-NO&kpi=COST_PER_PAYSLIP`. */
export function filterFrom(search: URLSearchParams): BenchmarkFilter {
  const kpi = search.get('kpi');
  return {
    providerCode: search.get('centre') || null,
    kpi: KPIS.find((candidate) => candidate === kpi) ?? null,
  };
}

export function searchOf(filter: BenchmarkFilter): Record<string, string> {
  const search: Record<string, string> = {};
  if (filter.providerCode) search.centre = filter.providerCode;
  if (filter.kpi) search.kpi = filter.kpi;
  return search;
}

/** Choice of centre and unit cost; the page shows what they select. */
export function BenchmarkFilters({
  filter,
  centres,
  onChange,
}: {
  filter: BenchmarkFilter;
  centres: readonly BenchmarkCentre[];
  onChange(filter: BenchmarkFilter): void;
}) {
  const { t, i18n } = useTranslation();
  const centreId = useId();
  const kpiId = useId();
  const knownCentre = !filter.providerCode || centres.some((centre) => centre.code === filter.providerCode);
  return (
    <Fieldset className="benchmark-filters">
      <Fieldset.Legend>{t('benchmarks.filters.legend')}</Fieldset.Legend>
      <Field>
        <Label htmlFor={centreId}>{t('benchmarks.filters.centre')}</Label>
        <Select
          id={centreId}
          width="auto"
          value={filter.providerCode ?? ''}
          onChange={(event) => onChange({ ...filter, providerCode: event.target.value || null })}
        >
          <Select.Option value="">{t('benchmarks.filters.allCentres')}</Select.Option>
          {!knownCentre && (
            <Select.Option value={filter.providerCode ?? ''}>{filter.providerCode}</Select.Option>
          )}
          {centres.map((centre) => (
            <Select.Option
              key={centre.code}
              value={centre.code}
              lang={centreNameOf(centre, i18n.language).lang}
            >
              {centre.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={kpiId}>{t('benchmarks.filters.kpi')}</Label>
        <Select
          id={kpiId}
          width="auto"
          value={filter.kpi ?? ''}
          onChange={(event) =>
            onChange({ ...filter, kpi: (event.target.value || null) as BenchmarkKpi | null })
          }
        >
          <Select.Option value="">{t('benchmarks.filters.allKpis')}</Select.Option>
          {KPIS.map((kpi) => (
            <Select.Option key={kpi} value={kpi}>
              {t(`benchmarks.kpi.${kpi}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </Fieldset>
  );
}
