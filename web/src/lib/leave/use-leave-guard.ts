import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ContextType,
} from 'react';
import { UNSAFE_NavigationContext, useLocation, type To } from 'react-router';

/**
 * The forms on the page with changes not yet saved, by the id of the form's guard: the forms
 * register here and one provider (LeaveGuardProvider) holds navigations for them all.
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
 * (LeaveGuardProvider's dialog) and closing or reloading the tab (the browser's own question).
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

/** A navigation held back while the user is asked; `go` carries it out. */
interface Held {
  go(): void;
}

type NavigationContextValue = ContextType<typeof UNSAFE_NavigationContext>;

/** The path a navigation goes to (useNavigate hands the navigator a resolved path). */
function pathnameOf(to: To, current: string): string {
  return typeof to === 'string' ? new URL(to, `http://app${current}`).pathname : (to.pathname ?? current);
}

/**
 * The app's navigator, wrapped so that a move to another path waits while a form registered by
 * useLeaveGuard is dirty (the router's own blocker needs a data router, which would weigh on the
 * first route): `asking` until the user stays (`stay`) or leaves (`leave`). A change of the query
 * alone goes through. The browser's own back and forward buttons are not held.
 */
export function useGuardedNavigation(): {
  context: NavigationContextValue;
  asking: boolean;
  stay(): void;
  leave(): void;
} {
  const context = useContext(UNSAFE_NavigationContext);
  const { pathname } = useLocation();
  const current = useRef(pathname);
  useEffect(() => {
    current.current = pathname;
  }, [pathname]);
  const [held, setHeld] = useState<Held | null>(null);
  const guarded = useMemo<NavigationContextValue>(() => {
    const { navigator } = context;
    const hold = (to: To, go: () => void) => {
      const leaving = pathnameOf(to, current.current) !== current.current;
      if (leaving && anyDirtyForm()) setHeld({ go });
      else go();
    };
    return {
      ...context,
      navigator: {
        ...navigator,
        push: (to, state, options) => hold(to, () => navigator.push(to, state, options)),
        replace: (to, state, options) => hold(to, () => navigator.replace(to, state, options)),
      },
    };
  }, [context]);
  return {
    context: guarded,
    asking: held !== null,
    stay: () => setHeld(null),
    leave: () => {
      setHeld(null);
      held?.go();
    },
  };
}
