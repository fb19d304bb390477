import { Checkbox, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../lib/manage/item-form-context';
import { ErrorText } from './ErrorText';

interface TextFieldProps {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  multiline?: boolean;
  /** Numbers are typed as text ("38.00"): exact decimals, never a browser's number input. */
  inputMode?: 'text' | 'decimal' | 'numeric';
  type?: 'text' | 'date' | 'email';
  readOnly?: boolean;
  lang?: string;
  className?: string;
}

/** A labelled text input bound to the form value at `path`, with the messages placed at it. */
export function TextField({
  path,
  label,
  description,
  multiline,
  inputMode,
  type,
  readOnly,
  lang,
  className,
}: TextFieldProps) {
  const field = useFormField(path);
  const error = field.errors.length ? <ErrorText errors={field.errors} /> : undefined;
  const shared = {
    id: field.id,
    label,
    description,
    error,
    readOnly,
    lang,
    className,
    value: typeof field.value === 'string' ? field.value : '',
    autoComplete: 'off',
  };
  if (multiline) {
    return <Textfield {...shared} multiline rows={3} onChange={(event) => field.set(event.target.value)} />;
  }
  const numeric = inputMode === 'decimal' || inputMode === 'numeric';
  return (
    <Textfield
      {...shared}
      type={type ?? 'text'}
      inputMode={inputMode}
      spellCheck={numeric ? false : undefined}
      onChange={(event) => field.set(event.target.value)}
    />
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface SelectFieldProps {
  path: string;
  label: ReactNode;
  description?: ReactNode;
  choices: readonly Choice[];
  /** Offer an empty choice with this text (e.g. "None"); without it a value must be chosen. */
  emptyChoice?: string;
}

/** A labelled choice from a list, bound to the form value at `path`. */
export function SelectField({ path, label, description, choices, emptyChoice }: SelectFieldProps) {
  const { t } = useTranslation();
  const field = useFormField(path);
  const value = typeof field.value === 'string' ? field.value : '';
  const known = value === '' || choices.some((choice) => choice.value === value);
  return (
    <Field>
      <Label htmlFor={field.id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={field.id} value={value} onChange={(event) => field.set(event.target.value)} width="auto">
        {(emptyChoice !== undefined || value === '') && (
          <Select.Option value="">{emptyChoice ?? t('manager.form.choose')}</Select.Option>
        )}
        {!known && <Select.Option value={value}>{value}</Select.Option>}
        {choices.map((choice) => (
          <Select.Option key={choice.value} value={choice.value}>
            {choice.label}
          </Select.Option>
        ))}
      </Select>
      {field.errors.length > 0 && (
        <ValidationMessage>
          <ErrorText errors={field.errors} />
        </ValidationMessage>
      )}
    </Field>
  );
}

/** A yes/no choice bound to the form value at `path`. */
export function CheckboxField({
  path,
  label,
  description,
}: {
  path: string;
  label: ReactNode;
  description?: ReactNode;
}) {
  const field = useFormField(path);
  return (
    <Checkbox
      id={field.id}
      label={label}
      description={description}
      checked={field.value === true}
      onChange={(event) => field.set(event.target.checked)}
      error={field.errors.length ? <ErrorText errors={field.errors} /> : undefined}
    />
  );
}
