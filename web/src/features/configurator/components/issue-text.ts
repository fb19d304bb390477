import type { ConfigurationIssue } from '@servicekatalog/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import type { CatalogueNames } from '../hooks/use-catalogue-names';

/** An issue in words in the interface language (the engine's own message is English only). */
export function useIssueText(names: CatalogueNames): (issue: ConfigurationIssue) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  return useCallback(
    (issue: ConfigurationIssue) => {
      const service = issue.serviceCode ? names.serviceName(issue.serviceCode) : '';
      switch (issue.code) {
        case 'MISSING_DEPENDENCY': {
          const required = new Intl.ListFormat(format.locale, { type: 'disjunction' }).format(
            issue.requiredAnyOf.map(names.serviceName),
          );
          return t('issues.MISSING_DEPENDENCY', { service, required });
        }
        case 'EXCLUDED_COMBINATION':
          return t('issues.EXCLUDED_COMBINATION', {
            service,
            other: names.serviceName(issue.otherServiceCode),
          });
        case 'MISSING_VOLUME':
          return t('issues.MISSING_VOLUME', { service, driver: names.driverName(issue.driverCode) });
        case 'VOLUME_OUT_OF_RANGE': {
          const values = {
            service,
            driver: names.driverName(issue.driverCode),
            quantity: format.quantity(issue.quantity),
            min: issue.min === null ? '' : format.quantity(issue.min),
            max: issue.max === null ? '' : format.quantity(issue.max),
          };
          if (issue.min !== null && issue.max !== null)
            return t('issues.VOLUME_OUT_OF_RANGE_between', values);
          return issue.min !== null
            ? t('issues.VOLUME_OUT_OF_RANGE_min', values)
            : t('issues.VOLUME_OUT_OF_RANGE_max', values);
        }
        case 'ADDON_NOT_ALLOWED':
          return t('issues.ADDON_NOT_ALLOWED', {
            service,
            package: names.servicePackage(issue.servicePackageCode)?.name ?? issue.servicePackageCode,
          });
        case 'DEPRECATED_SERVICE':
          return t('issues.DEPRECATED_SERVICE', { service });
      }
    },
    [t, format, names],
  );
}
