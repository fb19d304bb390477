import { ORGANISATION_NUMBER_COUNTRIES } from '@servicekatalog/shared';
import { useTranslation } from 'react-i18next';
import type { CreateAgencyInput } from '../../../lib/graphql/generated/graphql';
import { createAgency, useAgencyCache, updateAgency, type ManagedAgency } from '../api/agencies';
import type { ManagedProvider } from '../../../lib/manage/versions';
import {
  agencyChanges,
  agencyForm,
  agencyInputPath,
  createAgencyInput,
  type AgencyForm,
} from '../model/agency-form';
import { useFormField } from '../../../lib/manage/item-form-context';
import { useItemEditor } from '../../../lib/manage/use-item-editor';
import { ItemForm } from '../../../components/manage/form/ItemForm';
import { SelectField, TextField } from '../../../components/manage/form/fields';
import { DefaultVolumeFields } from './DefaultVolumeFields';

interface Props {
  /** The agency to change; null to register a new one. */
  agency: ManagedAgency | null;
  /** An account manager's centre (fixed); null for an administrator, who chooses it. */
  ownCentre: string | null;
  providers: readonly ManagedProvider[];
  /** Read the agency again and open the form afresh (after someone else's change). */
  onReload(): void;
  onCreated(name: string): void;
}

function useAgencyEditor({ agency, ownCentre, providers, onCreated }: Omit<Props, 'onReload'>) {
  const cache = useAgencyCache();
  // A new agency of an account manager is most likely in their centre's country.
  const country = providers.find((provider) => provider.code === ownCentre)?.country ?? '';
  return useItemEditor<AgencyForm, CreateAgencyInput>({
    formId: agency ? 'edit-agency' : 'new-agency',
    initial: agencyForm(agency, { providerCode: ownCentre ?? '', country }),
    expectedVersion: agency?.version ?? 0,
    // The default volumes of the drivers the form shows for the chosen centre (see DefaultVolumeFields).
    toInput: (form) => createAgencyInput(form, cache.loadedDrivers(form.providerCode)),
    save: (input, expectedVersion) =>
      agency
        ? updateAgency(agency.id, agencyChanges(input, ownCentre === null), expectedVersion)
        : createAgency(input),
    // The API names the input's fields ("input.organisationNumber"); the form uses the same names,
    // but keeps the default volumes by driver, not by their place in the list sent.
    mapping: (_, sent) => ({
      prefix: '',
      formPath: (path) => path,
      inputPath: agencyInputPath(sent?.defaultVolumes),
    }),
    onSaved: (_, form) => {
      if (agency) {
        cache.changed();
        return;
      }
      cache.created();
      onCreated(form.name.trim());
    },
  });
}

/**
 * The fields; an account manager's centre is shown but fixed (the API refuses another). The
 * default volumes follow the centre chosen.
 */
function AgencyFields({ ownCentre, providers }: Pick<Props, 'ownCentre' | 'providers'>) {
  const { t } = useTranslation();
  const country = String(useFormField('country').value ?? '');
  const centre = useFormField('providerCode').value;
  const centreName = providers.find((provider) => provider.code === centre)?.name;
  const centreChoices = providers.map((provider) => ({
    value: provider.code,
    label: t('manager.agencies.centreChoice', { name: provider.name, code: provider.code }),
  }));
  return (
    <>
      <TextField path="name" label={t('manager.agencies.name')} />
      <SelectField
        path="country"
        label={t('manager.agencies.country')}
        choices={ORGANISATION_NUMBER_COUNTRIES.map((code) => ({
          value: code,
          label: t(`manager.agencies.countries.${code}`, { defaultValue: code }),
        }))}
      />
      <TextField
        path="organisationNumber"
        label={t('manager.agencies.organisationNumber')}
        description={t(
          ORGANISATION_NUMBER_COUNTRIES.includes(country)
            ? `manager.agencies.numberHelp.${country}`
            : 'manager.agencies.numberHelpChoose',
        )}
      />
      {ownCentre === null ? (
        <SelectField path="providerCode" label={t('manager.agencies.centre')} choices={centreChoices} />
      ) : (
        <TextField
          path="providerCode"
          label={t('manager.agencies.centre')}
          description={t('manager.agencies.centreFixed', { name: centreName ?? ownCentre })}
          readOnly
        />
      )}
      <DefaultVolumeFields providerCode={String(centre ?? '')} />
    </>
  );
}

/**
 * The form to register an agency or change one: name, country, organisation number, centre and
 * the default volumes its configurations start with.
 */
export function AgencyEditor(props: Props) {
  const { t } = useTranslation();
  const { agency, ownCentre, providers, onReload } = props;
  const editor = useAgencyEditor(props);
  return (
    <ItemForm
      editor={editor}
      heading={
        agency ? t('manager.agencies.editHeading', { name: agency.name }) : t('manager.agencies.newHeading')
      }
      savedText={t('manager.agencies.saved', { name: editor.value.name.trim() })}
      submitLabel={agency ? undefined : t('manager.agencies.registerButton')}
      wording="manager.agencies.failure"
      onReload={onReload}
    >
      <AgencyFields ownCentre={ownCentre} providers={providers} />
    </ItemForm>
  );
}
