import { Paragraph } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { setOneTimePassword, useUserCache, type ManagedUser } from '../api/users';
import { useItemEditor } from '../../../lib/manage/use-item-editor';
import { passwordProblems } from '../model/user-form';
import { ItemForm } from '../../../components/manage/form/ItemForm';
import { TextField } from '../../../components/manage/form/fields';

interface Props {
  user: ManagedUser;
  /** The user's lock counter as last known on this page, shared with its other forms. */
  versionRef: RefObject<number>;
  onReload(): void;
}

/**
 * The administrator types a one-time password and tells it to the user, who signs in with it once
 * and must then choose their own (until they do, the API lets them do nothing else).
 */
export function OneTimePasswordForm({ user, versionRef, onReload }: Props) {
  const { t } = useTranslation();
  const cache = useUserCache();
  const editor = useItemEditor<{ password: string }, string>({
    formId: 'one-time-password',
    initial: { password: '' },
    expectedVersion: user.version,
    toInput: (form) => ({ input: form.password, problems: passwordProblems(form.password) }),
    save: async (password) => {
      const next = await setOneTimePassword(user.id, password, versionRef.current);
      versionRef.current = next;
      return next;
    },
    mapping: () => ({ prefix: '', formPath: (path) => path }),
    onSaved: () => {
      // Not left on the screen once it is set: the administrator has it, nobody else should.
      editor.update(() => ({ password: '' }));
      cache.changed();
    },
  });
  return (
    <section className="form-part" aria-labelledby="one-time-password-heading">
      <ItemForm
        editor={editor}
        headingLevel={2}
        heading={t('manager.users.oneTime.heading')}
        savedText={t('manager.users.oneTime.saved', { name: user.name })}
        submitLabel={t('manager.users.oneTime.submit')}
        wording="manager.users.failure"
        onReload={onReload}
      >
        <Paragraph>{t('manager.users.oneTime.intro', { name: user.name })}</Paragraph>
        <TextField
          path="password"
          label={t('manager.users.oneTime.password')}
          description={t('manager.users.oneTime.help')}
        />
      </ItemForm>
    </section>
  );
}
