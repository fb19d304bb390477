import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LeaveGuardHost } from '../components/ui/LeaveGuardHost';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './AppRoutes';
import { Layout } from './Layout';
import { createQueryClient } from './query-client';

/**
 * The router: a data router (one catch-all route around the app's own <Routes>) so that a form
 * with unsaved changes can stop a navigation and ask first (LeaveGuardHost).
 */
function createRouter() {
  return createBrowserRouter([
    {
      path: '*',
      element: (
        <>
          <Layout>
            <AppRoutes />
          </Layout>
          <LeaveGuardHost />
        </>
      ),
    },
  ]);
}

/** The app: query cache, session, router and the page frame around the routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
