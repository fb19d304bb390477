import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ChoiceField } from './ChoiceField';

interface Props {
  /** The select's element id. */
  id: string;
  /** The form's accessible name ("Filters"). */
  name: string;
  label: string;
  /** The first choice, "" (no filter). */
  allLabel: string;
  choices: readonly { value: string; label: string }[];
  applyLabel: string;
  /** The filter in force ("" for none); the page keys the form by it, so a new one starts afresh. */
  value: string;
  onApply(value: string): void;
}

/**
 * A list narrowed by one choice, applied with a button (a keyboard user moving through the choices
 * does not reload the list at each one); the page keeps the choice in the address.
 */
export function SelectFilter({ id, name, label, allLabel, choices, applyLabel, value, onApply }: Props) {
  const [chosen, setChosen] = useState(value);
  return (
    <form
      className="picker-row"
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(chosen);
      }}
    >
      <ChoiceField
        id={id}
        label={label}
        allLabel={allLabel}
        choices={choices}
        value={chosen}
        onChange={setChosen}
      />
      <Button type="submit" variant="secondary">
        {applyLabel}
      </Button>
    </form>
  );
}
