import { useTranslation } from 'react-i18next';
import { translateWithNodes } from '../../i18n/translate-nodes';
import { describeTargetValue } from '../../lib/catalogue-words/target-words';
import { targetsByCategory } from '../../lib/catalogue-words/targets-by-category';
import { useFormatters } from '../../lib/format';
import { CatalogueText } from './CatalogueText';

/** A service-level target as the catalogue queries deliver it. */
export interface LevelTarget {
  metric: string;
  nameTranslations: unknown;
  value: string;
  unit: string;
  serviceCode?: string | null;
}

interface Props {
  targets: readonly LevelTarget[];
  /** The categories and services the targets are grouped by, in the catalogue's order. */
  catalogue: {
    categories: readonly { code: string; nameTranslations: unknown }[];
    services: readonly { code: string; category: string }[];
  };
}

/**
 * One service level's targets by the category they are promised for (the configurator's level
 * choice and a quote's configuration): a category no target concerns says so, since the level's
 * surcharge is paid on it all the same.
 */
export function LevelTargets({ targets, catalogue }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const categoryOf = new Map(catalogue.services.map((service) => [service.code, service.category]));
  const groups = targetsByCategory(
    targets,
    catalogue.categories.map((category) => category.code),
    (code) => categoryOf.get(code),
  );
  return (
    <span className="level-targets">
      <span className="visually-hidden">{t('configurator.levelTargets')}</span>
      {groups.map((group) => {
        const category = catalogue.categories.find((candidate) => candidate.code === group.category);
        return (
          <span key={group.category ?? ''} className="level-targets__group">
            <strong>
              {category ? (
                <CatalogueText text={category.nameTranslations} fallback={category.code} />
              ) : (
                t('catalogue.targetsEveryService')
              )}
            </strong>
            {': '}
            {group.targets.length === 0
              ? t('configurator.noTarget')
              : group.targets.map((target, i) => (
                  <span key={`${target.metric}|${target.serviceCode ?? ''}`}>
                    {i > 0 && '; '}
                    {translateWithNodes(t, 'configurator.targetValue', {
                      target: <CatalogueText text={target.nameTranslations} fallback={target.metric} />,
                      value: describeTargetValue(target, t, format),
                    })}
                  </span>
                ))}
          </span>
        );
      })}
    </span>
  );
}
