import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';

/** How long the address waits for typing to pause before it is rewritten. */
const URL_WRITE_DELAY_MS = 250;

interface State<T> {
  value: T;
  /** The router location the value was last reconciled with. */
  locationKey: string;
  /** Locations this page replaced with its own writes: no back or forward can return to them. */
  replaced: readonly string[];
}

/**
 * A value kept in React state so typing is instant, and mirrored into the query string (replace,
 * once typing pauses) so the page can be bookmarked and shared. A navigation the app did not make
 * itself — back/forward, a link — is read back in; the app's own replacements are not, so a router
 * that applies them late (in a transition) can never undo newer typing.
 * `parse` and `serialize` must be stable (module functions or memoised); `serialize` must write one
 * canonical form, so an unchanged value never rewrites the address.
 */
export function useUrlState<T>(parse: (params: URLSearchParams) => T, serialize: (value: T) => string) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const search = searchParams.toString();
  const [state, setState] = useState<State<T>>(() => ({
    value: parse(searchParams),
    locationKey: location.key,
    replaced: [],
  }));

  // The router moves in transitions: a render for a change typed meanwhile may still see a location
  // the page has already replaced. Back and forward cannot return there, so that is no navigation
  // to read back in (it would undo the typing).
  const stale = navigationType === 'POP' && state.replaced.includes(location.key);
  if (location.key !== state.locationKey && !stale) {
    const outside = navigationType !== 'REPLACE';
    setState({
      value: outside ? parse(searchParams) : state.value,
      locationKey: location.key,
      replaced: outside ? state.replaced : [...state.replaced, state.locationKey],
    });
  }

  useEffect(() => {
    const next = serialize(state.value);
    if (next === search) return;
    const timer = setTimeout(() => setSearchParams(next, { replace: true }), URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.value, serialize, search, setSearchParams]);

  const update = useCallback((change: (value: T) => T) => {
    setState((current) => ({ ...current, value: change(current.value) }));
  }, []);

  return { value: state.value, searchParams, update };
}
