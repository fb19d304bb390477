import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ConfigurationInput, PricingCatalogue } from '@servicekatalog/shared';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { VersionNote } from '../../../components/ui/VersionNote';
import type { VersionSummary } from '../../../lib/catalogue-version';
import { useFormatters } from '../../../lib/format';
import type { AgencyDefaults } from '../../../lib/configuration/agency-defaults';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import { comparisonPath } from '../../../lib/configuration/comparison';
import type { Configuration } from '../../../lib/configuration/configuration';
import { addService, removeService } from '../../../lib/configuration/configuration-updates';
import { UpcomingChangeNote } from '../../../components/ui/UpcomingChangeNote';
import type { IssueFix } from '../model/issue-fixes';
import { isComplete, issuesToShow, withoutVersionOnStart } from '../model/request-state';
import { buildPricingRequest } from '../../../lib/configuration/pricing-input';
import { useLivePrices } from '../../../lib/pricing/use-live-prices';
import { useCatalogueNames } from '../hooks/use-catalogue-names';
import { useDefaultVolumes } from '../hooks/use-default-volumes';
import { ChoicesForm, START_DATE_ID } from './ChoicesForm';
import { PriceLines } from './PriceLines';
import { PricePeek } from './PricePeek';
import { PriceSummary } from './PriceSummary';
import { serviceControlId, SERVICES_ID } from './ServiceChoice';
import { volumeFieldId } from './VolumeFields';
import { YearTable } from './YearTable';

interface Props {
  catalogue: ConfigurationCatalogue;
  version: VersionSummary;
  pricing: PricingCatalogue;
  configuration: Configuration;
  update(change: (configuration: Configuration) => Configuration): void;
  /** Starts the contract on a day, priced with the version in force then ("Price from then"). */
  priceFrom(day: string): void;
  /** No catalogue version is in force on the picked start date (the one in force today is shown). */
  startWithoutVersion?: boolean;
  actions?: ConfiguratorActions;
  /** The signed-in customer's agency's default volumes, to start a configuration without volumes with. */
  agencyDefaults?: AgencyDefaults | null;
}

/**
 * A slot for what the page around the configurator offers to do with the configuration (save it
 * as a quote…): given the API input for it and whether it can be priced as it stands.
 */
export type ConfiguratorActions = (
  configuration: ConfigurationInput,
  state: { complete: boolean },
) => ReactNode;

/** The configurator once its catalogue version is loaded: choices, live price, lines and years. */
export function ConfiguratorWorkspace({
  catalogue,
  version,
  pricing,
  configuration,
  update,
  priceFrom: startOn,
  startWithoutVersion = false,
  actions,
  agencyDefaults = null,
}: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const volumesFrom = useDefaultVolumes(agencyDefaults, pricing, configuration, update, i18n.language);
  const names = useCatalogueNames(catalogue);
  const requests = useMemo(
    () => [
      withoutVersionOnStart(buildPricingRequest(configuration, pricing, i18n.language), startWithoutVersion),
    ],
    [configuration, pricing, i18n.language, startWithoutVersion],
  );
  const [request] = requests;
  const {
    prices: [{ breakdown, shown, upcomingChange }],
    confirmation,
  } = useLivePrices(pricing, requests);
  const issues = useMemo(
    () => (breakdown ? issuesToShow(breakdown.issues, request) : []),
    [breakdown, request],
  );
  const fieldProblems = useMemo(
    () => request.volumeFields.filter((field) => field.problem !== null),
    [request],
  );
  const applyFix = useApplyFix(update);
  const priceFrom = useCallback(
    (validFrom: string) => {
      startOn(validFrom);
      requestAnimationFrame(() => document.getElementById(START_DATE_ID)?.focus());
    },
    [startOn],
  );
  const effectiveLevel = breakdown?.serviceLevelCode ?? null;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('configurator.title', { name: catalogue.provider.name })}
      </Heading>
      <Paragraph className="lead">
        {t('catalogue.meta', {
          number: catalogue.number,
          date: catalogue.validFrom ? format.date(catalogue.validFrom) : '',
          currency: catalogue.currency,
        })}{' '}
        <VersionNote version={version} />{' '}
        <Link asChild>
          <RouterLink to={`/centres/${encodeURIComponent(catalogue.provider.code)}`}>
            {t('configurator.browseCatalogue')}
          </RouterLink>
        </Link>
      </Paragraph>
      {request.unknownCodes.length > 0 && (
        <Alert data-color="warning" className="state">
          <Paragraph>{t('configurator.unknownCodes', { codes: request.unknownCodes.join(', ') })}</Paragraph>
        </Alert>
      )}
      <div className="configurator">
        <ChoicesForm
          catalogue={catalogue}
          pricing={pricing}
          names={names}
          configuration={configuration}
          request={request}
          issues={issues}
          effectiveLevel={effectiveLevel}
          volumesFrom={volumesFrom}
          update={update}
          onFix={applyFix}
        />
        <PricePeek
          shown={shown}
          currency={catalogue.currency}
          incomplete={fieldProblems.length > 0 || issues.some((issue) => issue.code === 'MISSING_VOLUME')}
        />
        <PriceSummary
          shown={shown}
          confirmation={confirmation}
          issues={issues}
          fieldProblems={fieldProblems}
          names={names}
          currency={catalogue.currency}
          contractYears={configuration.contractYears}
          compareUrl={comparisonPath(catalogue.provider.code, [configuration])}
          actions={
            <>
              {upcomingChange && <UpcomingChangeNote change={upcomingChange} onPriceFromThen={priceFrom} />}
              {actions?.(request.input, { complete: breakdown !== null && isComplete(request) })}
            </>
          }
        />
      </div>
      {breakdown && shown && (
        <>
          <PriceLines
            breakdown={breakdown}
            shown={shown}
            names={names}
            currency={catalogue.currency}
            contractYears={configuration.contractYears}
          />
          {configuration.contractYears > 1 && (
            <YearTable years={shown.years} totals={shown.totals} currency={catalogue.currency} />
          )}
        </>
      )}
    </>
  );
}

/** Applies a one-click fix and puts keyboard focus where the change happened. */
function useApplyFix(update: Props['update']) {
  return useCallback(
    (fix: IssueFix) => {
      if (fix.kind === 'focusVolume') {
        document.getElementById(volumeFieldId(fix.driverCode))?.focus();
        return;
      }
      update((configuration) =>
        fix.kind === 'addService'
          ? addService(configuration, fix.serviceCode)
          : removeService(configuration, fix.serviceCode),
      );
      // After React has rendered the change: focus the service's checkbox, else the service list.
      requestAnimationFrame(() => {
        const target =
          document.getElementById(serviceControlId(fix.serviceCode)) ?? document.getElementById(SERVICES_ID);
        target?.focus();
      });
    },
    [update],
  );
}
