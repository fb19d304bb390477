import { useCallback, useEffect, useId } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * The forms on the page with changes not yet saved, by the id of the form's guard. A router keeps
 * one blocker only, so the forms register here and one host (LeaveGuardHost) blocks for them all.
 */
const dirtyForms = new Set<string>();

/** True while some form on the page has changes that would be lost by leaving. */
export function anyDirtyForm(): boolean {
  return dirtyForms.size > 0;
}

/** Asks the browser to confirm closing or reloading the tab while a form has unsaved changes. */
function warnBeforeUnload(event: BeforeUnloadEvent) {
  if (!anyDirtyForm()) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

export interface LeaveGuard {
  /**
   * The changes are saved (or deliberately dropped): leaving is allowed from now on, before the
   * form renders again — call it just before navigating away after a save.
   */
  settle(): void;
}

/**
 * Leaving a form with unsaved changes asks first: a navigation inside the app to another page
 * (LeaveGuardHost's dialog) and closing or reloading the tab (the browser's own question).
 * Changing only the address's query (a configuration kept in the URL) is not leaving.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(id);
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      dirtyForms.delete(id);
      if (!anyDirtyForm()) window.removeEventListener('beforeunload', warnBeforeUnload);
    };
  }, [dirty, id]);
  const settle = useCallback(() => {
    dirtyForms.delete(id);
  }, [id]);
  return { settle };
}

/**
 * The one router blocker of the app (a data router is needed): it stops a move to another path
 * while a form registered by useLeaveGuard is dirty. A form that became clean meanwhile (saved in
 * the background) lets the blocked move go on.
 */
export function useLeaveBlocker(): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      anyDirtyForm() && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state === 'blocked' && !anyDirtyForm()) blocker.proceed();
  }, [blocker]);
  return blocker;
}
