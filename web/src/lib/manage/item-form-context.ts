import { createContext, useContext } from 'react';
import { fieldId, type ShownError } from './form-errors';
import { getAt } from './paths';

/** What the fields of one item form share: its values, how to change one, and where errors sit. */
export interface ItemFormContextValue {
  formId: string;
  value: unknown;
  set(path: string, next: unknown): void;
  errors: readonly ShownError[];
}

export const ItemFormContext = createContext<ItemFormContextValue | null>(null);

function useItemForm(): ItemFormContextValue {
  const form = useContext(ItemFormContext);
  if (!form) throw new Error('A form field must be inside an ItemForm');
  return form;
}

/** One field of the form at `path`: its id, value, setter and the messages placed at it. */
export function useFormField(path: string) {
  const form = useItemForm();
  return {
    id: fieldId(form.formId, path),
    value: getAt(form.value, path),
    set: (next: unknown) => form.set(path, next),
    errors: form.errors.filter((error) => error.target === path),
    /** Id for another path of the same form (a row's fields refer to each other). */
    idOf: (other: string) => fieldId(form.formId, other),
    /** Messages placed at another path of the same form. */
    errorsAt: (other: string) => form.errors.filter((error) => error.target === other),
  };
}
