import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { setUserActive, useUserCache, type ManagedUser } from '../api/users';
import { useItemEditor } from '../../../lib/manage/use-item-editor';
import { ConfirmDialog } from '../../../components/manage/ConfirmDialog';
import { SaveFeedback } from '../../../components/manage/form/SaveFeedback';

interface Props {
  user: ManagedUser;
  /** The user's lock counter as last known on this page, shared with its other forms. */
  versionRef: RefObject<number>;
  onReload(): void;
}

const FORM_ID = 'user-sign-in';

/** A change with no fields: the editor gives it the same saving, refusals and feedback as a form. */
function useActivation({ user, versionRef }: Omit<Props, 'onReload'>) {
  const cache = useUserCache();
  // What this page last did; the user as read may be older until it is read again.
  const [active, setActive] = useState(user.active);
  const editor = useItemEditor<object, boolean>({
    formId: FORM_ID,
    initial: {},
    expectedVersion: user.version,
    toInput: () => ({ input: !active, problems: [] }),
    save: async (next) => {
      const saved = await setUserActive(user.id, next, versionRef.current);
      versionRef.current = saved;
      return saved;
    },
    mapping: () => ({ prefix: '', formPath: (path) => path }),
    onSaved: () => {
      setActive((was) => !was);
      cache.changed();
    },
  });
  return { active, editor };
}

/**
 * Whether the user can sign in: deactivating (after a question) signs them out everywhere;
 * reactivating lets them in again.
 */
export function UserActivation({ user, versionRef, onReload }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { active, editor } = useActivation({ user, versionRef });
  const saving = editor.status.kind === 'saving';
  const words = (key: string) => t(`manager.users.activation.${key}`, { name: user.name });
  return (
    <section className="form-part" aria-labelledby={`${FORM_ID}-heading`}>
      <Heading id={`${FORM_ID}-heading`} level={2} data-size="md" tabIndex={-1}>
        {words('heading')}
      </Heading>
      <SaveFeedback
        formId={FORM_ID}
        status={editor.status}
        errors={editor.errors}
        savedText={words(active ? 'reactivated' : 'deactivated')}
        wording="manager.users.failure"
        onReload={onReload}
      />
      <Alert data-color={active ? 'info' : 'warning'} className="state">
        <Paragraph>{words(active ? 'isActive' : 'isInactive')}</Paragraph>
      </Alert>
      <div className="button-row">
        <Button
          variant="secondary"
          data-color={active ? 'danger' : undefined}
          disabled={saving}
          onClick={() => (active ? setConfirming(true) : void editor.submit())}
        >
          {words(active ? 'deactivate' : 'reactivate')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        heading={words('deactivateHeading')}
        text={words('deactivateQuestion')}
        confirmLabel={words('deactivate')}
        danger
        busy={saving}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void editor.submit();
        }}
      />
    </section>
  );
}
