import { Button } from '@digdir/designsystemet-react';
import type { ConfigurationIssue } from '@servicekatalog/shared';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { translateWithNodes } from '../../../i18n/translate-nodes';
import { fixFor, type IssueFix } from '../model/issue-fixes';
import type { CatalogueNames } from '../hooks/use-catalogue-names';
import { useIssueText } from './issue-text';

export const issueElementId = (serviceCode: string, index: number) => `issue-${serviceCode}-${index}`;

interface Props {
  issues: readonly ConfigurationIssue[];
  names: CatalogueNames;
  /** The extra services picked (only these can be removed). */
  extras: readonly string[];
  onFix(fix: IssueFix): void;
}

/** The issues of one service, in words, each with its one-click fix. */
export function ServiceIssues({ issues, names, extras, onFix }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText(names);
  if (issues.length === 0) return null;
  return (
    <ul className="issues">
      {issues.map((issue, i) => {
        const fix = fixFor(issue, extras);
        return (
          <li key={`${issue.code}-${i}`} className={`issue issue--${issue.severity.toLowerCase()}`}>
            <span id={issue.serviceCode ? issueElementId(issue.serviceCode, i) : undefined}>
              <span className="issue__severity">{t(`issues.severity.${issue.severity}`)}: </span>
              {issueText(issue)}
            </span>
            {fix && (
              <Button variant="secondary" data-size="sm" className="issue__fix" onClick={() => onFix(fix)}>
                {fixLabel(fix, names, t)}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function fixLabel(fix: IssueFix, names: CatalogueNames, t: TFunction): ReactElement {
  switch (fix.kind) {
    case 'addService':
      return translateWithNodes(t, 'issues.fix.add', { service: names.serviceName(fix.serviceCode) });
    case 'removeService':
      return translateWithNodes(t, 'issues.fix.remove', { service: names.serviceName(fix.serviceCode) });
    case 'focusVolume':
      return translateWithNodes(t, 'issues.fix.volume', { driver: names.driverName(fix.driverCode) });
  }
}
