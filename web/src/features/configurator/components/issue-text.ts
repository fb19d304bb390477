import type { ConfigurationIssue } from '@servicekatalog/shared';
import { useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { listWithNodes, translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { CatalogueNames } from '../hooks/use-catalogue-names';

/**
 * An issue in words in the interface language (the engine's own message is English only). The
 * catalogue names in it stay elements, so each keeps its own language inside the sentence.
 */
export function useIssueText(names: CatalogueNames): (issue: ConfigurationIssue) => ReactElement {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback(
    (issue: ConfigurationIssue) => {
      const service = issue.serviceCode ? names.serviceName(issue.serviceCode) : '';
      const say = (key: string, values: Record<string, unknown> = {}) =>
        translateWithNodes(t, `issues.${key}`, { service, ...values });
      switch (issue.code) {
        case 'MISSING_DEPENDENCY': {
          const list = format.list('disjunction');
          return say(issue.code, {
            required: listWithNodes(list, issue.requiredAnyOf.map(names.serviceName)),
          });
        }
        case 'EXCLUDED_COMBINATION':
          return say(issue.code, { other: names.serviceName(issue.otherServiceCode) });
        case 'MISSING_VOLUME':
          return say(issue.code, { driver: names.driverName(issue.driverCode) });
        case 'VOLUME_OUT_OF_RANGE': {
          const values = {
            driver: names.driverName(issue.driverCode),
            quantity: format.quantity(issue.quantity),
            min: issue.min === null ? '' : format.quantity(issue.min),
            max: issue.max === null ? '' : format.quantity(issue.max),
          };
          if (issue.min !== null && issue.max !== null) return say('VOLUME_OUT_OF_RANGE_between', values);
          return say(issue.min !== null ? 'VOLUME_OUT_OF_RANGE_min' : 'VOLUME_OUT_OF_RANGE_max', values);
        }
        case 'ADDON_NOT_ALLOWED':
          return say(issue.code, { package: names.packageName(issue.servicePackageCode) });
        case 'DEPRECATED_SERVICE':
        case 'NOTHING_SELECTED':
          return say(issue.code);
      }
    },
    [t, format, names],
  );
}
