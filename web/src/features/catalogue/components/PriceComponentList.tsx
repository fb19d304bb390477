import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { BrowsedPriceComponent } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { describePriceComponent } from '../../../lib/catalogue-words/price-component-words';

interface Props {
  components: readonly BrowsedPriceComponent[];
  currency: string;
  index: CatalogueIndex;
}

/** A service's price components, each explained in words in the interface language. */
export function PriceComponentList({ components, currency, index }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (components.length === 0) return <p>{t('catalogue.noPrice')}</p>;
  const context = { t, format, currency, unitOf: (code: string) => index.driver(code)?.unit ?? code };
  return (
    <ul className="price-components">
      {components.map((component, i) => (
        <li key={i}>
          <span className="price-components__label">{component.label}: </span>
          {describePriceComponent(component, context)}
        </li>
      ))}
    </ul>
  );
}
