import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { LoadingState } from '../components/ui/QueryState';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorBoundary } from './RouteErrorBoundary';

// Route-level code splitting: the first page ships alone; the catalogue browser and the
// configurator (with the pricing engine) load when they are visited.
const CataloguePage = lazy(() => import('./pages/CataloguePage'));
const ConfiguratorPage = lazy(() => import('./pages/ConfiguratorPage'));
const ComparePage = lazy(() => import('./pages/ComparePage'));

/**
 * The routes: `/` centres, `/centres/:code` catalogue browser, `/centres/:code/configure`
 * configurator, `/centres/:code/compare` comparison.
 */
export function AppRoutes() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<LoadingState label={t('states.loadingPage')} />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="centres/:providerCode" element={<CataloguePage />} />
          <Route path="centres/:providerCode/configure" element={<ConfiguratorPage />} />
          <Route path="centres/:providerCode/compare" element={<ComparePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}
