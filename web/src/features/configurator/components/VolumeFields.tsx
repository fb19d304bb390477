import { Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ConfigurationIssue } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { useFormatters } from '../../../lib/format';
import type { VolumeField } from '../../../lib/configuration/pricing-input';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { useIssueText } from './issue-text';

export const volumeFieldId = (driverCode: string) => `volume-${driverCode}`;

interface Props {
  fields: readonly VolumeField[];
  names: CatalogueNames;
  issues: readonly ConfigurationIssue[];
  /** The agency whose default volumes these are, while they are (said in a hint). */
  volumesFrom?: string | null;
  onChange(driverCode: string, text: string): void;
}

/**
 * One field per volume the selected services need, labelled with the driver and its unit. A value
 * that cannot be read, or is outside a service's limits, is explained at the field. While the
 * volumes are the agency's defaults, a hint says so in a polite live region (they are filled in
 * just after the page shows, so the hint is announced).
 */
export function VolumeFields({ fields, names, issues, volumesFrom = null, onChange }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText(names);
  const format = useFormatters();
  return (
    <Fieldset className="choice-group">
      <Fieldset.Legend>{t('volumes.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('volumes.help')}</Fieldset.Description>
      <div role="status">
        {volumesFrom && (
          <Paragraph data-size="sm">{t('volumes.fromAgency', { agency: volumesFrom })}</Paragraph>
        )}
      </div>
      {fields.length === 0 && <Paragraph data-size="sm">{t('volumes.none')}</Paragraph>}
      <div className="volume-fields">
        {fields.map((field) => {
          const outOfRange = issues.find(
            (issue) => issue.code === 'VOLUME_OUT_OF_RANGE' && issue.driverCode === field.driverCode,
          );
          const error = field.problem
            ? translateWithNodes(t, `volumes.problem.${field.problem}`, {
                driver: names.driverName(field.driverCode),
              })
            : outOfRange
              ? issueText(outOfRange)
              : undefined;
          const unit = translateWithNodes(t, 'volumes.unit', { unit: names.unit(field.driverCode) });
          const included = field.included
            ? t('volumes.included', { quantity: format.quantity(field.included) })
            : null;
          return (
            <Textfield
              key={field.driverCode}
              id={volumeFieldId(field.driverCode)}
              label={names.driverName(field.driverCode)}
              description={
                <>
                  {unit}
                  {included && ` ${included}`}
                </>
              }
              inputMode={field.integer ? 'numeric' : 'decimal'}
              autoComplete="off"
              spellCheck={false}
              value={field.text}
              onChange={(event) => onChange(field.driverCode, event.target.value)}
              error={error}
              className="volume-field"
            />
          );
        })}
      </div>
    </Fieldset>
  );
}
