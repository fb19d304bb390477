import { Checkbox } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useFormField } from '../../../../lib/manage/item-form-context';
import { toggled } from '../../../../lib/manage/form-values';
import { ErrorText } from '../../../../components/manage/form/ErrorText';
import { FieldGroup } from '../../../../components/manage/form/FieldGroup';
import type { Choice } from '../../../../components/manage/form/fields';

interface Props {
  /** Path of a list of codes in the form value, e.g. "excludes" or "requires[0]". */
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  choices: readonly Choice[];
  children?: ReactNode;
}

/** Codes chosen from a list by checkboxes (excluded services, a requirement group, allowed add-ons). */
export function CodeChecklist({ path, legend, description, choices, children }: Props) {
  const field = useFormField(path);
  const chosen = Array.isArray(field.value) ? (field.value as string[]) : [];
  // A chosen code the list does not offer (say, a service removed since) stays visible, so it can be unticked.
  const unknown = chosen.filter((code) => !choices.some((choice) => choice.value === code));
  const shown = [...choices, ...unknown.map((code) => ({ value: code, label: code }))];
  return (
    <FieldGroup path={path} legend={legend} description={description}>
      <div className="checklist">
        {shown.map((choice) => {
          // A ticked box stands at its place in the list: where the API reports problems with it.
          const at = chosen.indexOf(choice.value);
          const boxPath = at >= 0 ? `${path}[${at}]` : `${path}.choice.${choice.value}`;
          const errors = field.errorsAt(boxPath);
          return (
            <Checkbox
              key={choice.value}
              id={field.idOf(boxPath)}
              label={choice.label}
              value={choice.value}
              checked={at >= 0}
              onChange={(event) => field.set(toggled(chosen, choice.value, event.target.checked))}
              error={errors.length ? <ErrorText errors={errors} /> : undefined}
            />
          );
        })}
      </div>
      {children}
    </FieldGroup>
  );
}
