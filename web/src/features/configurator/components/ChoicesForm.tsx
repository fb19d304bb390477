import type { ConfigurationIssue, PricingCatalogue } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import type { Configuration } from '../../../lib/configuration/configuration';
import {
  chooseServiceLevel,
  choosePackage,
  setContractYears,
  setStartDate,
  setVolume,
} from '../../../lib/configuration/configuration-updates';
import type { IssueFix } from '../model/issue-fixes';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { StartDateField } from '../../../components/ui/StartDateField';
import { ContractYearsChoice } from './ContractYearsChoice';
import { LevelChoice } from './LevelChoice';
import { PackageChoice } from './PackageChoice';
import { ServiceChoice } from './ServiceChoice';
import { VolumeFields } from './VolumeFields';

interface Props {
  catalogue: ConfigurationCatalogue;
  pricing: PricingCatalogue;
  names: CatalogueNames;
  configuration: Configuration;
  request: PricingRequest;
  issues: readonly ConfigurationIssue[];
  effectiveLevel: string | null;
  /** The agency whose default volumes the volumes are, while they are. */
  volumesFrom: string | null;
  update(change: (configuration: Configuration) => Configuration): void;
  onFix(fix: IssueFix): void;
}

/** Where the start date is typed (the one-click "price from then" puts focus back there). */
export const START_DATE_ID = 'contract-start';

/** The customer's choices: package, services, service level, contract start and length, and volumes. */
export function ChoicesForm({
  catalogue,
  pricing,
  names,
  configuration,
  request,
  issues,
  effectiveLevel,
  volumesFrom,
  update,
  onFix,
}: Props) {
  const { t } = useTranslation();
  return (
    <form
      className="configurator__form"
      aria-label={t('configurator.formLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <PackageChoice
        packages={catalogue.servicePackages}
        levelName={names.levelName}
        selected={configuration.servicePackageCode}
        onChange={(code) => update((current) => choosePackage(current, code, pricing))}
      />
      <ServiceChoice
        catalogue={catalogue}
        pricing={pricing}
        names={names}
        configuration={configuration}
        selected={request.selected}
        issues={issues}
        update={update}
        onFix={onFix}
      />
      <LevelChoice
        levels={catalogue.serviceLevels}
        catalogue={catalogue}
        selected={effectiveLevel ?? configuration.serviceLevelCode}
        packageLevel={
          configuration.servicePackageCode
            ? (names.servicePackage(configuration.servicePackageCode)?.serviceLevelCode ?? null)
            : null
        }
        onChange={(code) => update((current) => chooseServiceLevel(current, code))}
      />
      <StartDateField
        id={START_DATE_ID}
        value={configuration.startDate}
        problem={request.startDateProblem}
        onChange={(startDate) => update((current) => setStartDate(current, startDate))}
      />
      <ContractYearsChoice
        years={configuration.contractYears}
        onChange={(years) => update((current) => setContractYears(current, years))}
      />
      <VolumeFields
        fields={request.volumeFields}
        names={names}
        issues={issues}
        volumesFrom={volumesFrom}
        onChange={(driverCode, text) => update((current) => setVolume(current, driverCode, text))}
      />
    </form>
  );
}
