import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { PricingCatalogue } from '@servicekatalog/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { VersionNote } from '../../../components/ui/VersionNote';
import type { VersionSummary } from '../../../lib/catalogue-version';
import type { Configuration } from '../../../lib/configuration/configuration';
import { useFormatters } from '../../../lib/format';
import type { ConfigurationCatalogue } from '../../../lib/configuration/configuration-catalogue';
import { MAX_COMPARED } from '../../../lib/configuration/comparison';
import { columnLetter } from '../model/columns';
import { buildPricingRequest } from '../../../lib/configuration/pricing-input';
import { useLivePrices } from '../../../lib/pricing/use-live-prices';
import { comparedConfiguration } from '../model/compared';
import { rankConfigurations } from '../model/ranking';
import { ConfigurationCard } from './ConfigurationCard';
import { CostChart } from './CostChart';
import { PriceTable } from './PriceTable';
import { VolumeGrid } from './VolumeGrid';

interface Props {
  catalogue: ConfigurationCatalogue;
  version: VersionSummary;
  pricing: PricingCatalogue;
  configurations: Configuration[];
  change(index: number, edit: (configuration: Configuration) => Configuration): void;
  changeAll(edit: (configurations: Configuration[]) => Configuration[]): void;
  add(): void;
  remove(index: number): void;
  /** The volumes are a sample the page started with, not the customer's own. */
  sample?: boolean;
}

/** The comparison: the configurations' choices, what-if volumes, prices side by side and a chart. */
export function ComparisonWorkspace({
  catalogue,
  version,
  pricing,
  configurations,
  change,
  changeAll,
  add,
  remove,
  sample = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const requests = useMemo(
    () => configurations.map((configuration) => buildPricingRequest(configuration, pricing, i18n.language)),
    [configurations, pricing, i18n.language],
  );
  const { prices, confirmation } = useLivePrices(pricing, requests);
  const compared = prices.map(comparedConfiguration);
  const ranking = useMemo(() => {
    const categories = new Map(catalogue.services.map((service) => [service.code, service.category]));
    return rankConfigurations(
      compared.map((c) => ({ request: c.request, valid: c.breakdown?.valid ?? null })),
      (code) => categories.get(code) ?? null,
    );
  }, [compared, catalogue]);
  const letters = configurations.map((_, i) => columnLetter(i));
  const packageNames = configurations.map((c) => {
    const chosen = catalogue.servicePackages.find((p) => p.code === c.servicePackageCode);
    return chosen ? (
      <CatalogueText text={chosen.nameTranslations} fallback={chosen.code} />
    ) : (
      t('compare.noPackage')
    );
  });
  const full = configurations.length >= MAX_COMPARED;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('compare.title', { name: catalogue.provider.name })}
      </Heading>
      <Paragraph className="lead">
        {t('catalogue.meta', {
          number: catalogue.number,
          date: catalogue.validFrom ? format.date(catalogue.validFrom) : '',
          currency: catalogue.currency,
        })}{' '}
        <VersionNote version={version} />
      </Paragraph>
      <Paragraph>{t('compare.intro')}</Paragraph>
      {sample && (
        <Paragraph className="compare-sample">
          <strong>{t('compare.sampleVolumes')}</strong>
        </Paragraph>
      )}
      <section aria-labelledby="compared-heading" className="configurator-section">
        <div className="section-head">
          <Heading level={2} data-size="sm" id="compared-heading">
            {t('compare.configurationsHeading')}
          </Heading>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={add}
            disabled={full}
            aria-describedby={full ? 'compare-full' : undefined}
          >
            {t('compare.add', { letter: letters.at(-1) })}
          </Button>
          {full && (
            <Paragraph data-size="sm" id="compare-full">
              {t('compare.full', { count: MAX_COMPARED })}
            </Paragraph>
          )}
        </div>
        <ul className="compare-columns">
          {configurations.map((configuration, i) => (
            <li key={i}>
              <ConfigurationCard
                letter={letters[i]}
                catalogue={catalogue}
                pricing={pricing}
                configuration={configuration}
                errorCount={compared[i].errorCount}
                onChange={(edit) => change(i, edit)}
                onRemove={configurations.length > 1 ? () => remove(i) : undefined}
              />
            </li>
          ))}
        </ul>
      </section>
      <VolumeGrid
        catalogue={catalogue}
        pricing={pricing}
        compared={compared}
        letters={letters}
        change={change}
        changeAll={changeAll}
      />
      <PriceTable
        compared={compared}
        letters={letters}
        packageNames={packageNames}
        currency={catalogue.currency}
        minorDigits={pricing.minorDigits}
        confirmation={confirmation}
        ranking={ranking}
      />
      <CostChart compared={compared} letters={letters} currency={catalogue.currency} />
    </>
  );
}
