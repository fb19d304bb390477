import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormField } from '../../../lib/manage/item-form-context';
import { moved, without } from '../../../lib/manage/form-values';

/**
 * Moves the focus once React has drawn the change: to the element with `id`, or the first field
 * inside it — so a keyboard user who adds a row lands in it, and one who removes a row is not
 * dropped at the top of the page.
 */
export function focusSoon(id: string): void {
  setTimeout(() => {
    const target = document.getElementById(id);
    const field = target?.matches('input, select, textarea, button')
      ? target
      : target?.querySelector<HTMLElement>('input:not([readonly]), select, textarea');
    (field ?? target)?.focus();
  }, 0);
}

/** The element id of a list's "add" button (where focus goes when one of its rows is removed). */
export const addButtonPath = (listPath: string) => `${listPath}.add`;

interface Props {
  /** Path of the list the row belongs to, e.g. "priceComponents". */
  listPath: string;
  index: number;
  /** The row as people name it, e.g. "Price component 2": every button says what it acts on. */
  item: string;
  /** Offer "move up" and "move down" (the order is meaningful: price components, tiers). */
  movable?: boolean;
}

/** Remove (and reorder) buttons for one row of a list in a form. */
export function RowActions({ listPath, index, item, movable }: Props) {
  const { t } = useTranslation();
  const list = useFormField(listPath);
  const rows = Array.isArray(list.value) ? (list.value as unknown[]) : [];
  const move = (offset: number) => {
    list.set(moved(rows, index, offset));
    // The row moved: keep the focus on the same button, now in its new place.
    focusSoon(list.idOf(`${listPath}[${index + offset}].${offset < 0 ? 'up' : 'down'}`));
  };
  return (
    <div className="row-actions">
      {movable && (
        <>
          <Button
            id={list.idOf(`${listPath}[${index}].up`)}
            type="button"
            variant="tertiary"
            data-size="sm"
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            {t('manager.list.moveUp', { item })}
          </Button>
          <Button
            id={list.idOf(`${listPath}[${index}].down`)}
            type="button"
            variant="tertiary"
            data-size="sm"
            disabled={index === rows.length - 1}
            onClick={() => move(1)}
          >
            {t('manager.list.moveDown', { item })}
          </Button>
        </>
      )}
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        onClick={() => {
          list.set(without(rows, index));
          focusSoon(list.idOf(addButtonPath(listPath)));
        }}
      >
        {t('manager.list.remove', { item })}
      </Button>
    </div>
  );
}

/** A button that adds a row to the list at `listPath` and puts the cursor in it. */
export function AddRow({ listPath, label, row }: { listPath: string; label: string; row: () => unknown }) {
  const list = useFormField(listPath);
  const rows = Array.isArray(list.value) ? (list.value as unknown[]) : [];
  return (
    <Button
      id={list.idOf(addButtonPath(listPath))}
      type="button"
      variant="secondary"
      data-size="sm"
      onClick={() => {
        list.set([...rows, row()]);
        focusSoon(list.idOf(`${listPath}[${rows.length}]`));
      }}
    >
      {label}
    </Button>
  );
}
