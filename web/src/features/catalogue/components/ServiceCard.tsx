import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { listWithNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { BrowsedService } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { PriceComponentList } from './PriceComponentList';

interface Props {
  service: BrowsedService;
  currency: string;
  index: CatalogueIndex;
}

/** One service: kind, status, description, prices in words, and the rules it comes with. */
export function ServiceCard({ service, currency, index }: Props) {
  const { t } = useTranslation();
  const headingId = `service-${service.code}`;
  return (
    <Card className="service-card" aria-labelledby={headingId}>
      <div className="service-card__head">
        <Heading level={4} data-size="xs" id={headingId}>
          <CatalogueText text={service.nameTranslations} fallback={service.code} />
        </Heading>
        <span className="tags">
          <Tag data-color={service.kind === 'ADDON' ? 'accent' : 'neutral'} data-size="sm">
            {t(`service.kind.${service.kind}`)}
          </Tag>
          {service.status === 'DEPRECATED' && (
            <Tag data-color="warning" data-size="sm">
              {t('service.deprecated')}
            </Tag>
          )}
        </span>
      </div>
      {service.descriptionTranslations != null && (
        <Paragraph data-size="sm">
          <CatalogueText text={service.descriptionTranslations} />
        </Paragraph>
      )}
      <Heading level={5} data-size="2xs">
        {t('catalogue.prices')}
      </Heading>
      <PriceComponentList components={service.priceComponents} currency={currency} index={index} />
      <ServiceRules service={service} index={index} />
    </Card>
  );
}

function ServiceRules({ service, index }: { service: BrowsedService; index: CatalogueIndex }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const and = format.list('conjunction');
  const or = format.list('disjunction');
  const rules: ReactNode[] = [];
  for (const group of service.requires) {
    const services = listWithNodes(or, group.map(index.serviceName));
    rules.push(translateWithNodes(t, 'catalogue.requires', { services }));
  }
  if (service.excludes.length > 0) {
    const services = listWithNodes(and, service.excludes.map(index.serviceName));
    rules.push(translateWithNodes(t, 'catalogue.excludes', { services }));
  }
  for (const limit of service.limits) {
    const driver = index.driverName(limit.driverCode);
    const min = limit.min == null ? null : format.quantity(limit.min);
    const max = limit.max == null ? null : format.quantity(limit.max);
    if (min != null && max != null)
      rules.push(translateWithNodes(t, 'catalogue.limitBetween', { driver, min, max }));
    else if (min != null) rules.push(translateWithNodes(t, 'catalogue.limitMin', { driver, min }));
    else if (max != null) rules.push(translateWithNodes(t, 'catalogue.limitMax', { driver, max }));
  }
  if (rules.length === 0) return null;
  return (
    <ul className="service-rules">
      {rules.map((rule, i) => (
        <li key={i}>{rule}</li>
      ))}
    </ul>
  );
}
