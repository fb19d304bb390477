import { Button, Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useFormatters } from '../../../lib/format';
import type { LoadedDraft } from '../api/draft';
import { useDiscardDraft } from '../api/version-actions';
import type { ManagedVersion } from '../../../lib/manage/versions';
import { saveFailure } from '../../../lib/api-errors';
import { managePaths } from '../../../lib/manage/manage-paths';
import { ConfirmDialog } from '../../../components/manage/ConfirmDialog';
import { ExportButton } from './ExportButton';
import { PublishDialog } from './PublishDialog';
import { failureKey } from '../../../components/manage/form/SaveFeedback';

interface Props {
  providerCode: string;
  draft: LoadedDraft;
  /** The version the draft is compared with: the one in force, else the latest published. */
  base: ManagedVersion | null;
  inForce: ManagedVersion | null;
  onReload(): void;
}

/** What can be done with the draft as a whole: see its changes and impact, publish, download, discard. */
export function DraftActions({ providerCode, draft, base, inForce, onReload }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const discard = useDiscardDraft();
  const [dialog, setDialog] = useState<'publish' | 'discard' | null>(null);
  const [discardError, setDiscardError] = useState<string | null>(null);

  const confirmDiscard = async () => {
    try {
      await discard.mutateAsync(draft.id);
      void navigate(managePaths.centre(providerCode), {
        state: { notice: t('manager.draft.discarded', { number: draft.number }) },
      });
    } catch (error) {
      const failure = saveFailure(error);
      setDialog(null);
      setDiscardError(
        t(`manager.failure.${failure.kind === 'invalid' ? 'server' : failureKey(failure)}.text`),
      );
    }
  };

  return (
    <div className="draft-actions">
      <ul className="action-links">
        {base && (
          <li>
            <Link asChild>
              <RouterLink to={managePaths.changes(providerCode, base.number, draft.number)}>
                {t('manager.draft.seeChanges', { number: base.number })}
              </RouterLink>
            </Link>
          </li>
        )}
        <li>
          <Link asChild>
            <RouterLink to={managePaths.impact(providerCode)}>{t('manager.draft.seeImpact')}</RouterLink>
          </Link>
        </li>
      </ul>
      <div className="button-row">
        <Button onClick={() => setDialog('publish')}>{t('manager.draft.publish')}</Button>
        <ExportButton providerCode={providerCode} number={draft.number} />
        <Button variant="secondary" data-color="danger" onClick={() => setDialog('discard')}>
          {t('manager.draft.discard')}
        </Button>
      </div>
      <p role="alert" className="action-error">
        {discardError}
      </p>
      {dialog === 'publish' && (
        <PublishDialog
          open
          draft={draft}
          inForce={inForce}
          onClose={() => setDialog(null)}
          onReload={() => {
            setDialog(null);
            onReload();
          }}
          onPublished={(number, validFrom) =>
            void navigate(managePaths.centre(providerCode), {
              state: { notice: t('manager.publish.done', { number, date: format.date(validFrom) }) },
            })
          }
        />
      )}
      <ConfirmDialog
        open={dialog === 'discard'}
        heading={t('manager.draft.discardHeading', { number: draft.number })}
        text={t('manager.draft.discardQuestion')}
        confirmLabel={t('manager.draft.discardConfirm')}
        danger
        busy={discard.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => void confirmDiscard()}
      />
    </div>
  );
}
