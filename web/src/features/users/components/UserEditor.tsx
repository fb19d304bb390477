import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserInput, UpdateUserInput } from '../../../lib/graphql/generated/graphql';
import type { AgencyChoice } from '../api/agency-choices';
import { createUser, updateUser, useUserCache, type ManagedUser } from '../api/users';
import type { ManagedProvider } from '../../../lib/manage/versions';
import { useFormField } from '../../../lib/manage/item-form-context';
import { useItemEditor } from '../../../lib/manage/use-item-editor';
import {
  createUserInput,
  ROLES,
  updateUserInput,
  USER_LOCALES,
  userForm,
  type UserForm,
} from '../model/user-form';
import { ItemForm } from '../../../components/manage/form/ItemForm';
import { SelectField, TextField } from '../../../components/manage/form/fields';

/** What a user can be attached to: the centres, and the agencies (the first 100 by name). */
export interface UserChoices {
  providers: readonly ManagedProvider[];
  agencies: readonly AgencyChoice[];
  moreAgencies: boolean;
}

interface Props {
  /** The user to change; null to create one. */
  user: ManagedUser | null;
  /** The user's lock counter as last known on this page, shared with its other forms. */
  versionRef?: RefObject<number>;
  choices: UserChoices;
  onReload(): void;
  onCreated?(name: string): void;
}

function useUserEditor({ user, versionRef, onCreated }: Props) {
  const { i18n } = useTranslation();
  const cache = useUserCache();
  return useItemEditor<UserForm, CreateUserInput | UpdateUserInput>({
    formId: user ? 'edit-user' : 'new-user',
    initial: userForm(user, i18n.language),
    expectedVersion: user?.version ?? 0,
    toInput: user ? updateUserInput : createUserInput,
    save: async (input) => {
      if (!user) return createUser(input as CreateUserInput);
      // The page's other forms (sign-in, one-time password) change the same user: every change
      // expects the version the last one of them returned, not the one this form opened with.
      const next = await updateUser(user.id, input as UpdateUserInput, versionRef?.current ?? user.version);
      if (versionRef) versionRef.current = next;
      return next;
    },
    mapping: () => ({ prefix: '', formPath: (path) => path }),
    onSaved: (_, form) => {
      if (user) {
        cache.changed();
        return;
      }
      cache.created();
      onCreated?.(form.name.trim());
    },
  });
}

/** The fields that depend on the role: an account manager's centre, a customer's agency. */
function AttachmentField({ role, choices }: { role: UserForm['role']; choices: UserChoices }) {
  const { t } = useTranslation();
  if (role === 'ACCOUNT_MANAGER')
    return (
      <SelectField
        path="providerCode"
        label={t('manager.users.centre')}
        description={t('manager.users.centreHelp')}
        choices={choices.providers.map((provider) => ({
          value: provider.code,
          label: t('manager.users.centreChoice', { name: provider.name, code: provider.code }),
        }))}
      />
    );
  if (role === 'CUSTOMER')
    return (
      <SelectField
        path="agencyId"
        label={t('manager.users.agency')}
        description={choices.moreAgencies ? t('manager.users.agencyMore') : t('manager.users.agencyHelp')}
        choices={choices.agencies.map((agency) => ({
          value: agency.id,
          label: t('manager.users.centreChoice', { name: agency.name, code: agency.providerCode }),
        }))}
      />
    );
  return null;
}

/** The fields; the e-mail is fixed once the user exists, the password asked only of a new one. */
function UserFields({ user, choices }: Pick<Props, 'user' | 'choices'>) {
  const { t } = useTranslation();
  const role = useFormField('role').value as UserForm['role'];
  return (
    <>
      <TextField
        path="email"
        type="email"
        label={t('manager.users.email')}
        description={user ? t('manager.users.emailFixed') : t('manager.users.emailHelp')}
        readOnly={user !== null}
      />
      <TextField path="name" label={t('manager.users.name')} />
      <SelectField
        path="role"
        label={t('manager.users.role')}
        description={t('manager.users.roleHelp')}
        choices={ROLES.map((value) => ({ value, label: t(`manager.users.roles.${value}`) }))}
      />
      <AttachmentField role={role} choices={choices} />
      <SelectField
        path="locale"
        label={t('manager.users.locale')}
        description={t('manager.users.localeHelp')}
        choices={USER_LOCALES.map((code) => ({ value: code, label: t(`manager.languages.${code}`) }))}
      />
      {!user && (
        <TextField
          path="password"
          label={t('manager.users.password')}
          description={t('manager.users.passwordHelp')}
        />
      )}
    </>
  );
}

/** The form to create a user or change one: e-mail, name, role, centre or agency, language. */
export function UserEditor(props: Props) {
  const { t } = useTranslation();
  const { user, choices, onReload } = props;
  const editor = useUserEditor(props);
  return (
    <ItemForm
      editor={editor}
      heading={user ? t('manager.users.editHeading', { name: user.name }) : t('manager.users.newHeading')}
      savedText={t('manager.users.saved', { name: editor.value.name.trim() })}
      submitLabel={user ? undefined : t('manager.users.createButton')}
      wording="manager.users.failure"
      onReload={onReload}
    >
      <UserFields user={user} choices={choices} />
    </ItemForm>
  );
}
