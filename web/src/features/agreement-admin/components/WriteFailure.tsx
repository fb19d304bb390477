import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFailure } from '../../../lib/api-errors';
import { failureWord } from '../lib/failure';

/**
 * Why a write to the agreement was refused, focused when shown. A stale version offers to reload
 * the agreement; `reloaded` says it already was (the form keeps what was typed).
 */
export function WriteFailure({
  failure,
  targetRef,
  onReload,
  reloaded = false,
}: {
  failure: SaveFailure;
  targetRef: RefObject<HTMLDivElement | null>;
  onReload(): void;
  reloaded?: boolean;
}) {
  const { t } = useTranslation();
  const conflict = failure.kind === 'conflict';
  return (
    <Alert data-color="danger" ref={targetRef} tabIndex={-1} role="alert" className="state">
      <Paragraph>
        {conflict && reloaded
          ? t('manager.agreements.failure.conflictReloaded')
          : t(`manager.agreements.failure.${failureWord(failure)}`)}
      </Paragraph>
      {conflict && !reloaded && (
        <Button variant="secondary" data-size="sm" onClick={onReload}>
          {t('manager.agreements.failure.reload')}
        </Button>
      )}
    </Alert>
  );
}
