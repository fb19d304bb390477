import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { joinNodes } from '../../i18n/translate-nodes';
import { useFormatters } from '../../lib/format';
import { configurationInput, type QuoteDetail } from '../../lib/quote/quote-queries';
import { LevelTargets } from '../ui/LevelTargets';
import { CatalogueName } from './CatalogueName';
import type { QuoteNames } from './use-quote-names';

interface Props {
  quote: QuoteDetail;
  names: QuoteNames;
  /** The centre's staff see each item's code after its name. */
  showCodes?: boolean;
}

/** What was configured: package, extra services, service level, contract length and volumes. */
export function ConfigurationSummary({ quote, names, showCodes = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const configuration = configurationInput(quote);
  const level = quote.price.serviceLevelCode ?? configuration.serviceLevelCode;
  const services = configuration.serviceCodes ?? [];
  const volumes = configuration.volumes ?? [];
  return (
    <section aria-labelledby="quote-configuration-heading" className="quote-section">
      <Heading level={2} data-size="sm" id="quote-configuration-heading">
        {t('quotes.configuration.heading')}
      </Heading>
      <dl className="quote-facts">
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.package')}</dt>
          <dd>
            {configuration.servicePackageCode ? (
              <CatalogueName
                name={names.servicePackage(configuration.servicePackageCode)}
                code={configuration.servicePackageCode}
                showCode={showCodes}
              />
            ) : (
              t('quotes.configuration.noPackage')
            )}
          </dd>
        </div>
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.services')}</dt>
          <dd>
            {services.length > 0
              ? joinNodes(
                  services.map((code) => (
                    <CatalogueName key={code} name={names.service(code)} code={code} showCode={showCodes} />
                  )),
                  ', ',
                )
              : t('quotes.configuration.noServices')}
          </dd>
        </div>
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.level')}</dt>
          <dd>
            {level ? (
              <>
                <CatalogueName name={names.serviceLevel(level)} code={level} showCode={showCodes} />
                <LevelTargets targets={names.levelTargets(level)} catalogue={names.structure} />
              </>
            ) : (
              t('quotes.configuration.levelDefault')
            )}
          </dd>
        </div>
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.years')}</dt>
          <dd>{t('quotes.configuration.yearsValue', { count: quote.price.contractYears })}</dd>
        </div>
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.volumes')}</dt>
          <dd>
            {volumes.length === 0 ? (
              t('quotes.configuration.noVolumes')
            ) : (
              <ul className="plain-list">
                {volumes.map((volume) => (
                  <li key={volume.driverCode}>
                    <CatalogueName
                      name={names.driver(volume.driverCode)}
                      code={volume.driverCode}
                      showCode={showCodes}
                    />
                    : {format.quantity(volume.quantity)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
