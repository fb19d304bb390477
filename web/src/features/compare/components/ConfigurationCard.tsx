import { Button, Card, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import type { PricingCatalogue } from '@servicekatalog/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { catalogueName, useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { StartDateField } from '../../../components/ui/StartDateField';
import { listWithNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import {
  MAX_CONTRACT_YEARS,
  serializeConfiguration,
  type Configuration,
} from '../../../lib/configuration/configuration';
import {
  chooseServiceLevel,
  choosePackage,
  setContractYears,
  setStartDate,
} from '../../../lib/configuration/configuration-updates';
import { localToday, startDateProblem } from '../../../lib/configuration/start-date';
import { useFormatters } from '../../../lib/format';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';

interface Props {
  letter: string;
  catalogue: ConfigurationCatalogue;
  pricing: PricingCatalogue;
  configuration: Configuration;
  errorCount: number;
  /** Which centre, version and currency, when the comparison holds several centres. */
  centreNote?: string;
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
  centreNote,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const resolve = useCatalogueStrings();
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
    catalogueName(catalogue.services.find((service) => service.code === code)?.nameTranslations, code);
  const levels = [...catalogue.serviceLevels].sort((a, b) => a.rank - b.rank);
  const configureUrl = `/centres/${encodeURIComponent(catalogue.provider.code)}/configure?${serializeConfiguration(configuration)}`;
  return (
    <Card className="compare-card" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('compare.configuration', { letter })}
      </Heading>
      {centreNote && <Paragraph data-size="sm">{centreNote}</Paragraph>}
      <Field>
        <Label htmlFor={`${id}-package`}>{t('configurator.packageLegend')}</Label>
        <Select
          id={`${id}-package`}
          value={configuration.servicePackageCode ?? NONE}
          onChange={(event) => onChange((c) => choosePackage(c, event.target.value || null, pricing))}
        >
          {catalogue.servicePackages.map((p) => {
            // An option holds text only: its own `lang` marks a name in another language.
            const name = resolve(p.nameTranslations, p.code);
            return (
              <Select.Option key={p.code} value={p.code} lang={name.lang}>
                {name.text}
              </Select.Option>
            );
          })}
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
            {levels.map((level) => {
              const name = resolve(level.nameTranslations, level.code);
              return (
                <Select.Option key={level.code} value={level.code} lang={name.lang}>
                  {name.text}
                </Select.Option>
              );
            })}
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
      <StartDateField
        id={`${id}-start`}
        value={configuration.startDate}
        problem={configuration.startDate ? startDateProblem(configuration.startDate, localToday()) : null}
        onChange={(startDate) => onChange((c) => setStartDate(c, startDate))}
      />
      <Paragraph data-size="sm">
        {configuration.serviceCodes.length > 0
          ? translateWithNodes(t, 'compare.extras', {
              services: listWithNodes(
                format.list('conjunction'),
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
