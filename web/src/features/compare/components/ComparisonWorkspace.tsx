import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { VersionNote } from '../../../components/ui/VersionNote';
import type { Configuration } from '../../../lib/configuration/configuration';
import { MAX_COMPARED } from '../../../lib/configuration/comparison';
import { buildPricingRequest } from '../../../lib/configuration/pricing-input';
import { useFormatters } from '../../../lib/format';
import { useLivePrices } from '../../../lib/pricing/use-live-prices';
import { comparedConfiguration } from '../model/compared';
import type { ComparedCentre, ComparedEntry, ReadyEntry } from '../model/entries';
import { rankConfigurations } from '../model/ranking';
import { useConversion } from '../hooks/use-conversion';
import { AddCentre } from './AddCentre';
import './compare-centres.css';
import { ConfigurationCard } from './ConfigurationCard';
import { CurrencyChoice, RatesUsed } from './Conversion';
import { CostChart } from './CostChart';
import { PriceTable } from './PriceTable';
import { VolumeGrid } from './VolumeGrid';
import { WaitingCard } from './WaitingCard';

/** Figures of several centres are converted into euros unless another currency is chosen. */
const DEFAULT_CURRENCY = 'EUR';

interface Props {
  /** The page's own centre. */
  own: ComparedCentre;
  /** Every configuration with its centre (null while that centre's catalogue loads). */
  entries: readonly ComparedEntry[];
  /** Centres whose catalogue could not be loaded. */
  failedCodes: readonly string[];
  /** The currency several centres' figures are converted into; null: the default. */
  currency: string | null;
  change(index: number, edit: (configuration: Configuration) => Configuration): void;
  changeAll(edit: (configurations: Configuration[]) => Configuration[]): void;
  add(): void;
  addOfCentre(centre: string | null): void;
  remove(index: number): void;
  setCurrency(currency: string): void;
  /** The volumes are a sample the page started with, not the customer's own. */
  sample?: boolean;
}

/**
 * The comparison: the configurations' choices, what-if volumes, prices side by side and a chart.
 * Configurations of several centres are each priced in their own currency, converted into one at
 * a named rate (indicative), and never ranked (DESIGN "Centres side by side").
 */
export function ComparisonWorkspace(props: Props) {
  const { own, entries, failedCodes, change, changeAll, add, addOfCentre, remove, sample = false } = props;
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const ready = useMemo(
    () => entries.filter((entry): entry is ReadyEntry => entry.centre !== null),
    [entries],
  );
  const requests = useMemo(
    () => ready.map((entry) => buildPricingRequest(entry.configuration, entry.centre.pricing, i18n.language)),
    [ready, i18n.language],
  );
  const catalogues = useMemo(() => ready.map((entry) => entry.centre.pricing), [ready]);
  const { prices, confirmation } = useLivePrices(catalogues, requests);
  const compared = prices.map(comparedConfiguration);
  const ranking = rankConfigurations(
    compared.map((c) => ({ request: c.request, valid: c.breakdown?.valid ?? null })),
    (code, centre) =>
      ready
        .find((entry) => entry.code === centre)
        ?.centre.catalogue.services.find((service) => service.code === code)?.category ?? null,
  );
  const across = new Set(entries.map((entry) => entry.code)).size > 1;
  const currency = props.currency ?? DEFAULT_CURRENCY;
  const currencies = ready.map((entry) => entry.centre.pricing.currency);
  const conversion = useConversion(across, compared, currencies, currency);
  const { figures } = conversion;
  const letters = ready.map((entry) => entry.letter);
  const packageNames = ready.map(({ configuration, centre }) => {
    const chosen = centre.catalogue.servicePackages.find((p) => p.code === configuration.servicePackageCode);
    return chosen ? (
      <CatalogueText text={chosen.nameTranslations} fallback={chosen.code} />
    ) : (
      t('compare.noPackage')
    );
  });
  const full = entries.length >= MAX_COMPARED;
  const ownCatalogue = own.catalogue;
  return (
    <>
      <Heading level={1} data-size="lg">
        {across ? t('compareCentres.title') : t('compare.title', { name: ownCatalogue.provider.name })}
      </Heading>
      {!across && (
        <Paragraph className="lead">
          {t('catalogue.meta', {
            number: ownCatalogue.number,
            date: ownCatalogue.validFrom ? format.date(ownCatalogue.validFrom) : '',
            currency: ownCatalogue.currency,
          })}{' '}
          <VersionNote version={own.version} />
        </Paragraph>
      )}
      <Paragraph>{t('compare.intro')}</Paragraph>
      {across && <Paragraph>{t('compareCentres.intro')}</Paragraph>}
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
            {t('compare.add', { letter: entries.at(-1)?.letter })}
          </Button>
          {full && (
            <Paragraph data-size="sm" id="compare-full">
              {t('compare.full', { count: MAX_COMPARED })}
            </Paragraph>
          )}
        </div>
        <AddCentre ownCode={own.code} full={full} onAdd={addOfCentre} />
        <ul className="compare-columns">
          {entries.map((entry) => {
            const column = ready.indexOf(entry as ReadyEntry);
            const onRemove = entries.length > 1 ? () => remove(entry.index) : undefined;
            return (
              <li key={entry.index}>
                {entry.centre ? (
                  <ConfigurationCard
                    letter={entry.letter}
                    catalogue={entry.centre.catalogue}
                    pricing={entry.centre.pricing}
                    configuration={entry.configuration}
                    errorCount={compared[column]?.errorCount ?? 0}
                    centreNote={
                      across
                        ? t('compareCentres.cardCentre', {
                            name: entry.centre.catalogue.provider.name,
                            number: entry.centre.catalogue.number,
                            currency: entry.centre.catalogue.currency,
                          })
                        : undefined
                    }
                    onChange={(edit) => change(entry.index, edit)}
                    onRemove={onRemove}
                  />
                ) : (
                  <WaitingCard entry={entry} failed={failedCodes.includes(entry.code)} onRemove={onRemove} />
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <VolumeGrid entries={ready} compared={compared} across={across} change={change} changeAll={changeAll} />
      <PriceTable
        compared={compared}
        letters={letters}
        packageNames={packageNames}
        currencies={currencies}
        confirmation={confirmation}
        ranking={ranking}
        conversion={figures ? { currency, figures } : null}
        controls={across && <CurrencyChoice currency={currency} onChange={props.setCurrency} />}
      />
      {across && (
        <RatesUsed
          currency={currency}
          needed={conversion.needed}
          rates={conversion.rates}
          failed={conversion.failed}
        />
      )}
      {across ? (
        <CostChart
          years={(figures ?? []).map((converted) =>
            converted.years.map((year) => (year && 'amount' in year ? year.amount : null)),
          )}
          letters={letters}
          currency={currency}
          caption={t('compareCentres.chartCaption', { currency })}
        />
      ) : (
        <CostChart
          years={compared.map((c) => (c.years ?? []).map((year) => year.total))}
          letters={letters}
          currency={own.catalogue.currency}
          caption={t('compare.chartCaption', { currency: own.catalogue.currency })}
        />
      )}
    </>
  );
}
