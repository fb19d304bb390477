import { Button, Card, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { listWithNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters, type Formatters } from '../../../lib/format';
import type { BrowsedPackage } from '../api/catalogue';
import type { CatalogueIndex } from '../hooks/use-catalogue-index';
import { DivisionOfLabour } from './DivisionOfLabour';

interface Props {
  servicePackage: BrowsedPackage;
  providerCode: string;
  index: CatalogueIndex;
}

/** A service package: its services with included quantities, discount, level, add-ons and who does what. */
export function PackageCard({ servicePackage, providerCode, index }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `package-${servicePackage.code}`;
  const level = servicePackage.serviceLevelCode ? index.level(servicePackage.serviceLevelCode) : undefined;
  const discount = Number(servicePackage.discountPercent) > 0;
  const configureUrl = `/centres/${encodeURIComponent(providerCode)}/configure?package=${encodeURIComponent(servicePackage.code)}`;
  const name = <CatalogueText text={servicePackage.nameTranslations} fallback={servicePackage.code} />;
  return (
    <Card className="package-card" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {name}
      </Heading>
      {servicePackage.descriptionTranslations != null && (
        <Paragraph data-size="sm">
          <CatalogueText text={servicePackage.descriptionTranslations} />
        </Paragraph>
      )}
      <dl className="facts">
        <dt>{t('catalogue.defaultLevel')}</dt>
        <dd>
          {level ? (
            <CatalogueText text={level.nameTranslations} fallback={level.code} />
          ) : (
            t('catalogue.noLevel')
          )}
        </dd>
        <dt>{t('catalogue.discount')}</dt>
        <dd>
          {discount
            ? t('catalogue.discountValue', { percent: format.percent(servicePackage.discountPercent) })
            : t('catalogue.noDiscount')}
        </dd>
        <dt>{t('catalogue.addOns')}</dt>
        <dd>{addOnsText(servicePackage, index, t, format)}</dd>
      </dl>
      <Heading level={4} data-size="2xs">
        {t('catalogue.packageServices')}
      </Heading>
      <ul className="package-items">
        {servicePackage.items.map((item) => (
          <li key={item.serviceCode}>
            {index.serviceName(item.serviceCode)}
            {item.included.map((included) => (
              <span key={included.driverCode} className="included">
                {' '}
                {translateWithNodes(t, 'catalogue.included', {
                  quantity: format.quantity(included.quantity),
                  driver: index.driverName(included.driverCode),
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <Details>
        <Details.Summary>{t('catalogue.whoDoesWhat')}</Details.Summary>
        <Details.Content>
          <DivisionOfLabour servicePackage={servicePackage} name={name} index={index} />
        </Details.Content>
      </Details>
      <Button asChild variant="secondary" data-size="sm" className="package-card__action">
        <RouterLink to={configureUrl}>
          {translateWithNodes(t, 'catalogue.configurePackage', { name })}
        </RouterLink>
      </Button>
    </Card>
  );
}

function addOnsText(
  servicePackage: BrowsedPackage,
  index: CatalogueIndex,
  t: TFunction,
  format: Formatters,
): ReactNode {
  if (servicePackage.allowedAddOns == null) return t('catalogue.allAddOns');
  if (servicePackage.allowedAddOns.length === 0) return t('catalogue.noAddOns');
  return listWithNodes(format.list('conjunction'), servicePackage.allowedAddOns.map(index.serviceName));
}
