import { Fieldset, Radio } from '@digdir/designsystemet-react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { joinNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { CataloguePackage } from '../../../lib/configuration/configuration-catalogue';

interface Props {
  packages: readonly CataloguePackage[];
  levelName(code: string): ReactElement;
  selected: string | null;
  onChange(code: string | null): void;
}

const NO_PACKAGE = '';

/** One service package, or none (services chosen one by one). */
export function PackageChoice({ packages, levelName, selected, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const describe = (servicePackage: CataloguePackage) => {
    const parts: ReactNode[] = [];
    if (Number(servicePackage.discountPercent) > 0)
      parts.push(
        t('configurator.packageDiscount', { percent: format.percent(servicePackage.discountPercent) }),
      );
    if (servicePackage.serviceLevelCode) {
      const level = levelName(servicePackage.serviceLevelCode);
      parts.push(translateWithNodes(t, 'configurator.packageLevel', { level }));
    }
    return parts.length > 0 ? joinNodes(parts, ' · ') : undefined;
  };
  return (
    <Fieldset className="choice-group">
      <Fieldset.Legend>{t('configurator.packageLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('configurator.packageHelp')}</Fieldset.Description>
      {packages.map((servicePackage) => (
        <Radio
          key={servicePackage.code}
          name="service-package"
          value={servicePackage.code}
          label={<CatalogueText text={servicePackage.nameTranslations} fallback={servicePackage.code} />}
          description={describe(servicePackage)}
          checked={selected === servicePackage.code}
          onChange={() => onChange(servicePackage.code)}
        />
      ))}
      <Radio
        name="service-package"
        value={NO_PACKAGE}
        label={t('configurator.noPackage')}
        checked={selected === null}
        onChange={() => onChange(null)}
      />
    </Fieldset>
  );
}
