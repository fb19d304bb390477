import { Heading, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../../lib/manage/item-form-context';
import {
  packageFormPath,
  servicePackageForm,
  servicePackageInput,
  type ServicePackageForm,
} from '../../model/package-form';
import { useDraftChoices, type DraftChoices } from '../../hooks/use-draft-choices';
import { useDraftItem } from '../../hooks/use-draft-item-editor';
import type { ItemEditorProps } from '../editor-props';
import { CodeChecklist } from '../form/CodeChecklist';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import { CodeAndNameFields, DraftItemForm } from './DraftItemForm';
import { LocalizedTextFields } from '../../../../components/manage/form/LocalizedTextFields';
import { SelectField, TextField } from '../../../../components/manage/form/fields';
import { AddRow, RowActions } from '../../../../components/manage/form/RowActions';

/** The form for one service package: texts, default level, discount, items with included quantities, add-ons. */
export function PackageEditor(props: ItemEditorProps) {
  const { t } = useTranslation();
  const { item, editor } = useDraftItem('servicePackages', props, {
    form: servicePackageForm,
    toInput: servicePackageInput,
    formPath: packageFormPath,
  });
  const choices = useDraftChoices(props.draft.document);
  return (
    <DraftItemForm kind="package" editor={editor} name={item?.name} {...props}>
      <CodeAndNameFields code={props.code} />
      <LocalizedTextFields path="description" legend={t('manager.form.description')} multiline />
      <div className="form-columns">
        <SelectField
          path="serviceLevel"
          label={t('manager.package.level')}
          choices={choices.serviceLevels}
          emptyChoice={t('manager.package.noLevel')}
        />
        <TextField
          path="discountPercent"
          label={t('manager.package.discount')}
          description={t('manager.package.discountHelp')}
          inputMode="decimal"
        />
      </div>
      <PackageItems choices={choices} />
      <AllowedAddOns choices={choices} />
    </DraftItemForm>
  );
}

function PackageItems({ choices }: { choices: DraftChoices }) {
  const { t } = useTranslation();
  const items = (useFormField('items').value as ServicePackageForm['items'] | undefined) ?? [];
  return (
    <section className="form-section" aria-labelledby="package-items-heading">
      <Heading id="package-items-heading" level={2} data-size="sm">
        {t('manager.package.itemsHeading')}
      </Heading>
      {items.map((entry, index) => {
        const path = `items[${index}]`;
        const item = t('manager.package.item', { number: index + 1 });
        return (
          <FieldGroup key={index} path={path} legend={item} className="form-group form-card">
            <SelectField
              path={`${path}.service`}
              label={t('manager.package.service')}
              choices={choices.services}
            />
            <FieldGroup
              path={`${path}.included`}
              legend={t('manager.package.included')}
              description={t('manager.package.includedHelp')}
            >
              {entry.included.map((_, row) => {
                const rowItem = t('manager.package.includedRow', { number: row + 1 });
                return (
                  <FieldGroup
                    key={row}
                    path={`${path}.included[${row}]`}
                    legend={rowItem}
                    className="form-group form-row"
                  >
                    <SelectField
                      path={`${path}.included[${row}].driver`}
                      label={t('manager.service.driver')}
                      choices={choices.drivers}
                    />
                    <TextField
                      path={`${path}.included[${row}].quantity`}
                      label={t('manager.package.quantity')}
                      inputMode="decimal"
                    />
                    <RowActions listPath={`${path}.included`} index={row} item={rowItem} />
                  </FieldGroup>
                );
              })}
              <AddRow
                listPath={`${path}.included`}
                label={t('manager.package.addIncluded')}
                row={() => ({ driver: '', quantity: '' })}
              />
            </FieldGroup>
            <RowActions listPath="items" index={index} item={item} />
          </FieldGroup>
        );
      })}
      <div className="form-add">
        <AddRow
          listPath="items"
          label={t('manager.package.addItem')}
          row={() => ({ service: '', included: [] })}
        />
      </div>
    </section>
  );
}

function AllowedAddOns({ choices }: { choices: DraftChoices }) {
  const { t } = useTranslation();
  const field = useFormField('allowedAddOns');
  const every = field.value === null;
  return (
    <section className="form-section" aria-labelledby="package-addons-heading">
      <Heading id="package-addons-heading" level={2} data-size="sm">
        {t('manager.package.addOnsHeading')}
      </Heading>
      <FieldGroup path="allowedAddOnsChoice" legend={t('manager.package.addOnsChoice')}>
        <Radio
          name="allowedAddOns"
          label={t('manager.package.everyAddOn')}
          value="every"
          checked={every}
          onChange={() => field.set(null)}
        />
        <Radio
          name="allowedAddOns"
          label={t('manager.package.someAddOns')}
          value="some"
          checked={!every}
          onChange={() => field.set([])}
        />
      </FieldGroup>
      {!every && (
        <CodeChecklist
          path="allowedAddOns"
          legend={t('manager.package.allowedAddOns')}
          choices={choices.addOns}
        />
      )}
    </section>
  );
}
