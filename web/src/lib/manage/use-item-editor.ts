import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fieldId,
  formErrors,
  localErrors,
  placeErrors,
  type ErrorMapping,
  type ShownError,
} from './form-errors';
import type { LocalProblem } from './form-values';
import { setAt } from './paths';
import { saveFailure, type SaveFailure } from '../api-errors';
import { useLeaveGuard } from '../leave/use-leave-guard';

/**
 * Where a save stands. `attempt` counts saves, so the page can move focus and announce again
 * even when two saves in a row end the same way.
 */
export type EditorStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; attempt: number }
  | { kind: 'invalid'; attempt: number }
  | { kind: 'failed'; attempt: number; failure: Exclude<SaveFailure, { kind: 'invalid' }> };

export interface ItemEditorOptions<F, I> {
  /** Prefix of the form's element ids; unique on the page. */
  formId: string;
  initial: F;
  /** The draft's `version` when the form was opened: what the first save sends as expectedVersion. */
  expectedVersion: number;
  toInput(form: F): { input: I; problems: LocalProblem[] };
  /** Sends the edit; resolves to the draft's new version. */
  save(input: I, expectedVersion: number): Promise<number>;
  /** How the API's paths lead to the form's fields; `sent`: the input of the save refused (none for a removal). */
  mapping(form: F, sent?: I): ErrorMapping;
  onSaved?(version: number, form: F): void;
  /** Removes the item from the draft (existing items only); resolves to the draft's new version. */
  remove?(expectedVersion: number): Promise<number>;
  onRemoved?(): void;
}

export interface ItemEditor<F> {
  formId: string;
  value: F;
  set(path: string, next: unknown): void;
  update(change: (value: F) => F): void;
  errors: ShownError[];
  status: EditorStatus;
  /** The values differ from those last saved (or opened): leaving asks first. */
  dirty: boolean;
  submit(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * The state of one item form of the draft editor: the values as typed, the save with
 * optimistic locking, and the API's refusal placed at the fields.
 *
 * The expected version is taken once, when the form opens, and then only from this form's own
 * saves — never from a background reload — so a change someone else made meanwhile is refused
 * (CONFLICT) instead of silently overwritten.
 */
export function useItemEditor<F, I>(options: ItemEditorOptions<F, I>): ItemEditor<F> {
  const { t } = useTranslation();
  const [value, setValue] = useState(options.initial);
  // What the fields held when the form opened or was last saved; leaving with other values asks.
  const [savedValue, setSavedValue] = useState(options.initial);
  const dirty = JSON.stringify(value) !== JSON.stringify(savedValue);
  const leaveGuard = useLeaveGuard(dirty);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [status, setStatus] = useState<EditorStatus>({ kind: 'idle' });
  const expected = useRef(options.expectedVersion);
  const attempt = useRef(0);

  const set = useCallback(
    (path: string, next: unknown) => setValue((current) => setAt(current, path, next)),
    [],
  );
  const update = useCallback((change: (value: F) => F) => setValue(change), []);

  /** Sends one change with the expected version and places what comes back. */
  const attemptChange = async (
    send: (expectedVersion: number) => Promise<number>,
    done: (version: number) => void,
    sent?: I,
    sentValue?: F,
  ) => {
    const { formId, mapping } = options;
    const exists = (path: string) => document.getElementById(fieldId(formId, path)) !== null;
    setStatus({ kind: 'saving' });
    try {
      const version = await send(expected.current);
      expected.current = version;
      setErrors([]);
      setStatus({ kind: 'saved', attempt: attempt.current });
      // Saved (or removed): the page may move on at once, before the form renders again.
      leaveGuard.settle();
      if (sentValue !== undefined) setSavedValue(sentValue);
      done(version);
    } catch (error) {
      const failure = saveFailure(error);
      if (failure.kind === 'invalid') {
        setErrors(placeErrors(formErrors(failure, mapping(value, sent)), exists));
        setStatus({ kind: 'invalid', attempt: attempt.current });
      } else {
        setErrors([]);
        setStatus({ kind: 'failed', attempt: attempt.current, failure });
      }
    }
  };

  const submit = async () => {
    const { formId, toInput, save, onSaved } = options;
    attempt.current += 1;
    const { input, problems } = toInput(value);
    if (problems.length > 0) {
      const exists = (path: string) => document.getElementById(fieldId(formId, path)) !== null;
      setErrors(
        placeErrors(
          localErrors(problems, (key, values) => t(key, values ?? {})),
          exists,
        ),
      );
      setStatus({ kind: 'invalid', attempt: attempt.current });
      return;
    }
    await attemptChange(
      (expectedVersion) => save(input, expectedVersion),
      (version) => onSaved?.(version, value),
      input,
      value,
    );
  };

  const remove = async () => {
    const { remove: send, onRemoved } = options;
    if (!send) return;
    attempt.current += 1;
    await attemptChange(send, () => onRemoved?.());
  };

  return { formId: options.formId, value, set, update, errors, status, dirty, submit, remove };
}
