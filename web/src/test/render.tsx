import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { useEffect, type ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { LeaveGuardProvider } from '../components/ui/LeaveGuardProvider';
import { withoutIdempotencyKey } from './graphql-mock';

/** The latest location the router reached (search included), for URL-state assertions. */
export const lastLocation = { current: '' };

function LocationProbe() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    lastLocation.current = `${pathname}${search}`;
  }, [pathname, search]);
  return null;
}

/** Renders `element` at `path` (matched by `route`) with a fresh query cache, the router and the leave guard. */
export function renderWithApp(
  element: ReactElement,
  { path = '/', route = '*' }: { path?: string; route?: string } = {},
): RenderResult {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <LeaveGuardProvider>
          <LocationProbe />
          <Routes>
            <Route path={route} element={element} />
          </Routes>
        </LeaveGuardProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

type Responder = (variables: Record<string, unknown>) => unknown;

/**
 * Stubs `fetch` as the GraphQL API: each operation name answers with `data` from its responder.
 * Returns the calls made, by operation name.
 */
export function mockGraphQL(responders: Record<string, Responder>) {
  const calls: Array<{
    operation: string;
    variables: Record<string, unknown>;
    headers: Record<string, string>;
    idempotencyKey?: string;
  }> = [];
  const fetchMock = async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const { variables, idempotencyKey } = withoutIdempotencyKey(body.variables);
    calls.push({ operation, variables, headers: init.headers as Record<string, string>, idempotencyKey });
    const responder = responders[operation];
    if (!responder)
      return new Response(JSON.stringify({ errors: [{ message: `no mock for ${operation}` }] }), {
        status: 200,
      });
    return new Response(JSON.stringify({ data: responder(variables) }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetchMock, calls };
}
