import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CatalogueText } from '../../../components/ui/CatalogueText';
import { LevelTargets } from '../../../components/ui/LevelTargets';
import { useFormatters } from '../../../lib/format';
import type {
  CatalogueLevel,
  ConfigurationCatalogue,
} from '../../../lib/configuration/configuration-catalogue';

interface Props {
  levels: readonly CatalogueLevel[];
  /** The categories and services the targets are grouped by. */
  catalogue: Pick<ConfigurationCatalogue, 'categories' | 'services'>;
  /** The level in effect (asked for, the package's, or the lowest rank). */
  selected: string | null;
  packageLevel: string | null;
  onChange(code: string): void;
}

/**
 * The service level, with its surcharge and what it promises per category (a category no target
 * concerns says so, since the surcharge is paid on it all the same); the package's own level is
 * marked.
 */
export function LevelChoice({ levels, catalogue, selected, packageLevel, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a.rank - b.rank);
  return (
    <Fieldset className="choice-group">
      <Fieldset.Legend>{t('configurator.levelLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('configurator.levelHelp')}</Fieldset.Description>
      {sorted.map((level) => {
        const surcharge =
          Number(level.surchargePercent) > 0
            ? t('configurator.surcharge', { percent: format.percent(level.surchargePercent) })
            : t('configurator.noSurcharge');
        const description =
          level.code === packageLevel ? `${surcharge} · ${t('configurator.packageDefault')}` : surcharge;
        return (
          <Radio
            key={level.code}
            name="service-level"
            value={level.code}
            label={<CatalogueText text={level.nameTranslations} fallback={level.code} />}
            description={
              <>
                {description}
                <LevelTargets targets={level.targets} catalogue={catalogue} />
              </>
            }
            checked={selected === level.code}
            onChange={() => onChange(level.code)}
          />
        );
      })}
    </Fieldset>
  );
}
