import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { LoadingState } from '../components/ui/QueryState';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PasswordChangeGate, RequireSignIn, rolesFor } from '../lib/session';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** DESIGN, "Who may do what": the customer agency (or an administrator) edits its quotes. */
const QUOTE_EDITORS = rolesFor('QUOTE_EDIT');
/** DESIGN, "Who may do what": account managers keep their centre's catalogue and decide its quotes. */
const MANAGERS = rolesFor('CATALOGUE_EDIT');

// Route-level code splitting: the first page ships alone; the catalogue browser and the
// configurator (with the pricing engine) load when they are visited.
const CataloguePage = lazy(() => import('./pages/CataloguePage'));
const ConfiguratorPage = lazy(() => import('./pages/ConfiguratorPage'));
const ComparePage = lazy(() => import('./pages/ComparePage'));
const ProposalsPage = lazy(() => import('./pages/ProposalsPage'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const QuotesPage = lazy(() => import('./pages/QuotesPage'));
const QuotePage = lazy(() => import('./pages/QuotePage'));
const QuotePrintPage = lazy(() => import('./pages/QuotePrintPage'));
const QuoteEditPage = lazy(() => import('./pages/QuoteEditPage'));
const ManagerArea = lazy(() => import('./pages/ManagerArea'));
const BenchmarksPage = lazy(() => import('./pages/BenchmarksPage'));
const PriceBenchmarkPage = lazy(() => import('./pages/PriceBenchmarkPage'));
const ExchangeRatesPage = lazy(() => import('./pages/ExchangeRatesPage'));
/** DESIGN: exchange rates are kept by administrators. */
const RATE_KEEPERS = rolesFor('EXCHANGE_RATE_WRITE');
const AgreementsPage = lazy(() => import('./pages/AgreementsPage'));
const AgreementPage = lazy(() => import('./pages/AgreementPage'));

/**
 * The routes: `/` centres, `/centres/:code` catalogue browser, `/centres/:code/configure`
 * configurator, `/centres/:code/compare` comparison, `/centres/:code/proposals` customer
 * proposals; `/login`, `/change-password`; `/quotes` (list),
 * `/quotes/:id` (detail), `/quotes/:id/print`, `/quotes/:id/edit` (a draft in the configurator);
 * `/my-services` and `/my-services/:agreementId` agreements; `/manage/*` the account managers' area;
 * `/benchmarks` the centres' unit costs; `/price-benchmark` the centres' prices side by side;
 * `/exchange-rates` (administrators).
 */
export function AppRoutes() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<LoadingState label={t('states.loadingPage')} />}>
        <PasswordChangeGate>
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="centres/:providerCode" element={<CataloguePage />} />
            <Route path="centres/:providerCode/configure" element={<ConfiguratorPage />} />
            <Route path="centres/:providerCode/compare" element={<ComparePage />} />
            <Route path="centres/:providerCode/proposals" element={<ProposalsPage />} />
            <Route path="benchmarks" element={<BenchmarksPage />} />
            <Route path="price-benchmark" element={<PriceBenchmarkPage />} />
            <Route
              path="exchange-rates"
              element={
                <RequireSignIn roles={RATE_KEEPERS}>
                  <ExchangeRatesPage />
                </RequireSignIn>
              }
            />
            <Route path="login" element={<LoginPage />} />
            <Route path="change-password" element={<ChangePasswordPage />} />
            <Route
              path="quotes"
              element={
                <RequireSignIn>
                  <QuotesPage />
                </RequireSignIn>
              }
            />
            <Route
              path="quotes/:quoteId"
              element={
                <RequireSignIn>
                  <QuotePage />
                </RequireSignIn>
              }
            />
            <Route
              path="quotes/:quoteId/print"
              element={
                <RequireSignIn>
                  <QuotePrintPage />
                </RequireSignIn>
              }
            />
            <Route
              path="quotes/:quoteId/edit"
              element={
                <RequireSignIn roles={QUOTE_EDITORS}>
                  <QuoteEditPage />
                </RequireSignIn>
              }
            />
            <Route
              path="my-services"
              element={
                <RequireSignIn>
                  <AgreementsPage />
                </RequireSignIn>
              }
            />
            <Route
              path="my-services/:agreementId"
              element={
                <RequireSignIn>
                  <AgreementPage />
                </RequireSignIn>
              }
            />
            <Route
              path="manage/*"
              element={
                <RequireSignIn roles={MANAGERS}>
                  <ManagerArea />
                </RequireSignIn>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </PasswordChangeGate>
      </Suspense>
    </RouteErrorBoundary>
  );
}
