import { Checkbox, Fieldset, Tag } from '@digdir/designsystemet-react';
import type { ConfigurationIssue, PricingCatalogue } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import type {
  ConfigurationCatalogue,
  CatalogueService,
} from '../../../lib/configuration/configuration-catalogue';
import type { Configuration } from '../../../lib/configuration/configuration';
import { addService, removeService } from '../../../lib/configuration/configuration-updates';
import type { IssueFix } from '../model/issue-fixes';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { issueElementId, ServiceIssues } from './ServiceIssues';

export const SERVICES_ID = 'configurator-services';
export const serviceControlId = (code: string) => `service-${code}`;
export const serviceRowId = (code: string) => `service-row-${code}`;

interface Props {
  catalogue: ConfigurationCatalogue;
  pricing: PricingCatalogue;
  names: CatalogueNames;
  configuration: Configuration;
  selected: readonly string[];
  issues: readonly ConfigurationIssue[];
  update(change: (configuration: Configuration) => Configuration): void;
  onFix(fix: IssueFix): void;
}

/**
 * The services: the package's own (fixed), then add-ons and other services to tick. Each service
 * shows its issues right beneath it, with the one-click fix.
 */
export function ServiceChoice({
  catalogue,
  pricing,
  names,
  configuration,
  selected,
  issues,
  update,
  onFix,
}: Props) {
  const { t } = useTranslation();
  const servicePackage = configuration.servicePackageCode
    ? pricing.servicePackages.get(configuration.servicePackageCode)
    : undefined;
  const items = servicePackage?.items.map((item) => item.serviceCode) ?? [];
  const allowed = servicePackage?.allowedAddOns ?? null;
  const picked = (service: CatalogueService) => configuration.serviceCodes.includes(service.code);
  const offered = catalogue.services.filter((service) => !items.includes(service.code));
  const addOns = offered.filter(
    (service) =>
      service.kind === 'ADDON' &&
      (!servicePackage || allowed === null || allowed.has(service.code) || picked(service)),
  );
  const others = offered.filter((service) => service.kind !== 'ADDON');
  const issuesOf = (code: string) => issues.filter((issue) => issue.serviceCode === code);
  const rowProps = { names, extras: configuration.serviceCodes, onFix };
  const toggle = (code: string, checked: boolean) =>
    update((current) => (checked ? addService(current, code) : removeService(current, code)));

  return (
    <Fieldset className="choice-group" id={SERVICES_ID} tabIndex={-1}>
      <Fieldset.Legend>{t('configurator.servicesLegend')}</Fieldset.Legend>
      {items.length > 0 && (
        <div className="service-group">
          <p className="service-group__title">{t('configurator.packageServices')}</p>
          <ul className="service-list">
            {items.map((code) => (
              <li key={code} id={serviceRowId(code)} className="service-row">
                {/* The name may be a catalogue text in another language: the separator keeps it
                    and the interface's word apart, read as two phrases rather than one sentence. */}
                <span className="service-row__name">{names.serviceName(code)}</span>
                <span className="visually-hidden">:</span>{' '}
                <Tag data-size="sm">{t('configurator.inPackage')}</Tag>
                <ServiceIssues issues={issuesOf(code)} {...rowProps} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ServiceCheckboxes
        legend={t('configurator.addOnsLegend')}
        services={addOns}
        checked={picked}
        issuesOf={issuesOf}
        toggle={toggle}
        rowProps={rowProps}
      />
      <ServiceCheckboxes
        legend={servicePackage ? t('configurator.othersLegend') : t('configurator.coreLegend')}
        services={others}
        checked={picked}
        issuesOf={issuesOf}
        toggle={toggle}
        rowProps={rowProps}
      />
      {selected.length === 0 && <p className="muted">{t('configurator.nothingSelected')}</p>}
    </Fieldset>
  );
}

interface CheckboxesProps {
  legend: string;
  services: readonly CatalogueService[];
  checked(service: CatalogueService): boolean;
  issuesOf(code: string): ConfigurationIssue[];
  toggle(code: string, checked: boolean): void;
  rowProps: { names: CatalogueNames; extras: readonly string[]; onFix(fix: IssueFix): void };
}

function ServiceCheckboxes({ legend, services, checked, issuesOf, toggle, rowProps }: CheckboxesProps) {
  const { t } = useTranslation();
  if (services.length === 0) return null;
  return (
    <Fieldset className="service-group">
      <Fieldset.Legend className="service-group__title">{legend}</Fieldset.Legend>
      <ul className="service-list">
        {services.map((service) => {
          const serviceIssues = checked(service) ? issuesOf(service.code) : [];
          return (
            <li key={service.code} id={serviceRowId(service.code)} className="service-row">
              <Checkbox
                id={serviceControlId(service.code)}
                value={service.code}
                checked={checked(service)}
                onChange={(event) => toggle(service.code, event.target.checked)}
                aria-describedby={
                  serviceIssues.map((_, i) => issueElementId(service.code, i)).join(' ') || undefined
                }
                label={<CatalogueText text={service.nameTranslations} fallback={service.code} />}
                description={service.status === 'DEPRECATED' ? t('service.deprecatedNote') : undefined}
              />
              <ServiceIssues issues={serviceIssues} {...rowProps} />
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
