import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangText, useCatalogueStrings } from '../../../components/ui/CatalogueText';
import { LoadingState, QueryFailure } from '../../../components/ui/QueryState';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useAgencyDrivers, type AgencyDriver } from '../api/agencies';
import { defaultVolumePath } from '../model/agency-form';
import { FieldGroup } from '../../../components/manage/form/FieldGroup';
import { TextField } from '../../../components/manage/form/fields';

/** One driver's default quantity, labelled with the driver's name and unit in the catalogue's words. */
function DriverField({ driver }: { driver: AgencyDriver }) {
  const { t } = useTranslation();
  const resolve = useCatalogueStrings();
  const unit = <LangText {...resolve(driver.unitTranslations, driver.code)} />;
  return (
    <TextField
      path={defaultVolumePath(driver.code)}
      label={<LangText {...resolve(driver.nameTranslations, driver.code)} />}
      description={translateWithNodes(
        t,
        driver.integer ? 'manager.agencies.volumes.unitWhole' : 'manager.agencies.volumes.unit',
        { unit },
      )}
      inputMode={driver.integer ? 'numeric' : 'decimal'}
      className="volume-field"
    />
  );
}

/**
 * The agency's default volumes: one quantity per driver of the serving centre's catalogue in force
 * (the version new configurations start from); an empty field is no default. Follows the centre
 * chosen in the form.
 */
export function DefaultVolumeFields({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const drivers = useAgencyDrivers(providerCode);
  let content: ReactNode;
  let description: string = t('manager.agencies.volumes.help');
  if (providerCode === '') {
    content = <Paragraph data-size="sm">{t('manager.agencies.volumes.chooseCentre')}</Paragraph>;
  } else if (drivers.isPending) {
    content = <LoadingState label={t('manager.agencies.volumes.loading')} />;
  } else if (drivers.isError) {
    content = (
      <QueryFailure
        error={drivers.error}
        what={t('manager.agencies.volumes.what')}
        onRetry={() => void drivers.refetch()}
      />
    );
  } else if (!drivers.data) {
    content = (
      <Paragraph data-size="sm">
        {t('manager.agencies.volumes.noCatalogue', { code: providerCode })}
      </Paragraph>
    );
  } else {
    description = t('manager.agencies.volumes.helpVersion', {
      code: providerCode,
      number: drivers.data.number,
    });
    content = (
      <div className="volume-fields">
        {drivers.data.drivers.map((driver) => (
          <DriverField key={driver.code} driver={driver} />
        ))}
      </div>
    );
  }
  return (
    <FieldGroup path="defaultVolumes" legend={t('manager.agencies.volumes.legend')} description={description}>
      {content}
    </FieldGroup>
  );
}
