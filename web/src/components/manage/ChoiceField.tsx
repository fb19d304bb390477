import { Field, Label, Select } from '@digdir/designsystemet-react';

interface Props {
  /** The select's element id. */
  id: string;
  label: string;
  /** The first choice, "" (no filter). */
  allLabel: string;
  choices: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
}

/** One labelled choice of a filter form, whose first option ("" = all) filters nothing. */
export function ChoiceField({ id, label, allLabel, choices, value, onChange }: Props) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} width="auto" value={value} onChange={(event) => onChange(event.target.value)}>
        <Select.Option value="">{allLabel}</Select.Option>
        {choices.map((choice) => (
          <Select.Option key={choice.value} value={choice.value}>
            {choice.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
