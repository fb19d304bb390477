import { Button, Card, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import type { PricingCatalogue } from '@servicekatalog/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  MAX_CONTRACT_YEARS,
  serializeConfiguration,
  type Configuration,
} from '../../../lib/configuration/configuration';
import {
  chooseServiceLevel,
  choosePackage,
  setContractYears,
} from '../../../lib/configuration/configuration-updates';
import { useFormatters } from '../../../lib/format';
import type { CompareCatalogue } from '../api/compare-catalogue';

interface Props {
  letter: string;
  catalogue: CompareCatalogue;
  pricing: PricingCatalogue;
  configuration: Configuration;
  errorCount: number;
  onChange(edit: (configuration: Configuration) => Configuration): void;
  onRemove?: () => void;
}

const NONE = '';

/** One configuration's main choices; the details are edited in the configurator. */
export function ConfigurationCard({
  letter,
  catalogue,
  pricing,
  configuration,
  errorCount,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const headingId = `${id}-heading`;
  const servicePackage = configuration.servicePackageCode
    ? pricing.servicePackages.get(configuration.servicePackageCode)
    : undefined;
  const effectiveLevel =
    configuration.serviceLevelCode ??
    servicePackage?.serviceLevelCode ??
    pricing.defaultServiceLevel?.code ??
    NONE;
  const serviceName = (code: string) =>
    catalogue.services.find((service) => service.code === code)?.name ?? code;
  const levels = [...catalogue.serviceLevels].sort((a, b) => a.rank - b.rank);
  const configureUrl = `/centres/${encodeURIComponent(catalogue.provider.code)}/configure?${serializeConfiguration(configuration)}`;
  return (
    <Card className="compare-card" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('compare.configuration', { letter })}
      </Heading>
      <Field>
        <Label htmlFor={`${id}-package`}>{t('configurator.packageLegend')}</Label>
        <Select
          id={`${id}-package`}
          value={configuration.servicePackageCode ?? NONE}
          onChange={(event) => onChange((c) => choosePackage(c, event.target.value || null, pricing))}
        >
          {catalogue.servicePackages.map((p) => (
            <Select.Option key={p.code} value={p.code}>
              {p.name}
            </Select.Option>
          ))}
          <Select.Option value={NONE}>{t('compare.noPackage')}</Select.Option>
        </Select>
      </Field>
      {levels.length > 0 && (
        <Field>
          <Label htmlFor={`${id}-level`}>{t('configurator.levelLegend')}</Label>
          <Select
            id={`${id}-level`}
            value={effectiveLevel}
            onChange={(event) => onChange((c) => chooseServiceLevel(c, event.target.value))}
          >
            {levels.map((level) => (
              <Select.Option key={level.code} value={level.code}>
                {level.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Field>
        <Label htmlFor={`${id}-years`}>{t('configurator.yearsLabel')}</Label>
        <Select
          id={`${id}-years`}
          value={String(configuration.contractYears)}
          onChange={(event) => onChange((c) => setContractYears(c, Number(event.target.value)))}
        >
          {Array.from({ length: MAX_CONTRACT_YEARS }, (_, i) => i + 1).map((n) => (
            <Select.Option key={n} value={String(n)}>
              {t('configurator.years', { count: n })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Paragraph data-size="sm">
        {configuration.serviceCodes.length > 0
          ? t('compare.extras', {
              services: new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(
                configuration.serviceCodes.map(serviceName),
              ),
            })
          : t('compare.noExtras')}
      </Paragraph>
      {errorCount > 0 && (
        <Paragraph data-size="sm" className="compare-card__issues">
          {t('compare.issues', { count: errorCount })}
        </Paragraph>
      )}
      <div className="compare-card__actions">
        <Link asChild>
          <RouterLink to={configureUrl}>{t('compare.openInConfigurator', { letter })}</RouterLink>
        </Link>
        {onRemove && (
          <Button variant="tertiary" data-size="sm" onClick={onRemove}>
            {t('compare.remove', { letter })}
          </Button>
        )}
      </div>
    </Card>
  );
}
