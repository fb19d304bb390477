import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { LeaveGuardProvider } from '../components/ui/LeaveGuardProvider';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './AppRoutes';
import { Layout } from './Layout';
import { createQueryClient } from './query-client';

/**
 * The app: query cache, session, router (with the question before leaving unsaved changes) and the
 * page frame around the routes.
 */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <LeaveGuardProvider>
            <Layout>
              <AppRoutes />
            </Layout>
          </LeaveGuardProvider>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}
