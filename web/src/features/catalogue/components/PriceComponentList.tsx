import { useTranslation } from 'react-i18next';
import {
  CatalogueText,
  markLanguage,
  MarkedText,
  useCatalogueStrings,
} from '../../../components/ui/CatalogueText';
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
  const resolve = useCatalogueStrings();
  if (components.length === 0) return <p>{t('catalogue.noPrice')}</p>;
  // The unit sits inside the sentence: marked, it keeps its own language there.
  const unitOf = (code: string) => markLanguage(resolve(index.driver(code)?.unitTranslations, code));
  const context = { t, format, currency, unitOf };
  return (
    <ul className="price-components">
      {components.map((component, i) => (
        <li key={i}>
          <span className="price-components__label">
            <CatalogueText text={component.labelTranslations} />:{' '}
          </span>
          <MarkedText text={describePriceComponent(component, context)} />
        </li>
      ))}
    </ul>
  );
}
