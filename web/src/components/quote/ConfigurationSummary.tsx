import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LangText } from '../ui/CatalogueText';
import { joinNodes } from '../../i18n/translate-nodes';
import { useFormatters } from '../../lib/format';
import { configurationInput, type QuoteDetail } from '../../lib/quote/quote-queries';
import type { QuoteNames } from './use-quote-names';

/** What was configured: package, extra services, service level, contract length and volumes. */
export function ConfigurationSummary({ quote, names }: { quote: QuoteDetail; names: QuoteNames }) {
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
              <LangText {...names.servicePackage(configuration.servicePackageCode)} />
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
                  services.map((code) => <LangText key={code} {...names.service(code)} />),
                  ', ',
                )
              : t('quotes.configuration.noServices')}
          </dd>
        </div>
        <div className="quote-facts__row">
          <dt>{t('quotes.configuration.level')}</dt>
          <dd>
            {level ? <LangText {...names.serviceLevel(level)} /> : t('quotes.configuration.levelDefault')}
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
                    <LangText {...names.driver(volume.driverCode)} />: {format.quantity(volume.quantity)}
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
