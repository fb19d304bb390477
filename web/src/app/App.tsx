import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './AppRoutes';
import { Layout } from './Layout';
import { createQueryClient } from './query-client';

/** The app: query cache, session, router and the page frame around the routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <Layout>
            <AppRoutes />
          </Layout>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}
