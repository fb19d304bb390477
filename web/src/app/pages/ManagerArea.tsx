import type { ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { ManagerNav } from '../../components/manage/ManagerNav';
import { AgencyCreatePage, AgencyEditPage, AgencyList } from '../../features/agencies';
import { AgreementAdminList, AgreementAdminPage } from '../../features/agreement-admin';
import { AuditLog } from '../../features/audit';
import {
  CentreAccess,
  DiffView,
  DraftItemPage,
  DraftOverview,
  ImpactView,
  ImportPage,
  isItemKind,
  ManagerHome,
  VersionList,
} from '../../features/catalogue-editing';
import { QuoteInbox, QuoteReview } from '../../features/quote-inbox';
import { UsersArea } from '../../features/users';
import { useManagedProviderCodes } from '../../lib/manage/versions';
import '../../components/manage/manager.css';
import { useSession } from '../../lib/session';
import { NotFoundPage } from './NotFoundPage';

/** A centre's page: an account manager sees only their own centre's. */
function Centre({
  ownCentre,
  children,
}: {
  ownCentre: string | null;
  children: (providerCode: string) => ReactNode;
}) {
  const { providerCode = '' } = useParams();
  return (
    <CentreAccess providerCode={providerCode} ownCentre={ownCentre}>
      {children(providerCode)}
    </CentreAccess>
  );
}

function DraftItem({ ownCentre }: { ownCentre: string | null }) {
  const { kind = '', code = '' } = useParams();
  if (kind !== 'settings' && !isItemKind(kind)) return <NotFoundPage />;
  return (
    <Centre ownCentre={ownCentre}>
      {(providerCode) => <DraftItemPage providerCode={providerCode} kind={kind} code={code} />}
    </Centre>
  );
}

function Quote() {
  const { quoteId = '' } = useParams();
  return <QuoteReview key={quoteId} quoteId={quoteId} />;
}

function Agency({ ownCentre }: { ownCentre: string | null }) {
  const { agencyId = '' } = useParams();
  return <AgencyEditPage key={agencyId} id={agencyId} ownCentre={ownCentre} />;
}

function Agreement() {
  const { agreementId = '' } = useParams();
  return <AgreementAdminPage key={agreementId} agreementId={agreementId} />;
}

function Audit({ admin }: { admin: boolean }) {
  const codes = useManagedProviderCodes(admin);
  return <AuditLog providerCodes={admin ? codes : null} />;
}

/**
 * `/manage/*` (loaded on demand, behind sign-in as an account manager or administrator): the
 * centre's catalogue versions and draft editor, changes and impact, the quote inbox, the agreements,
 * the audit log, the agencies (an account manager: their centre's) and, for administrators, the users.
 */
export default function ManagerArea() {
  const { user } = useSession();
  const ownCentre = user?.role === 'ACCOUNT_MANAGER' ? user.providerCode : null;
  const admin = user?.role === 'ADMIN';
  return (
    <>
      <ManagerNav ownCentre={ownCentre} admin={admin} />
      <Routes>
        <Route index element={<ManagerHome ownCentre={ownCentre} />} />
        <Route
          path="centres/:providerCode"
          element={<Centre ownCentre={ownCentre}>{(code) => <VersionList providerCode={code} />}</Centre>}
        />
        <Route
          path="centres/:providerCode/draft"
          element={<Centre ownCentre={ownCentre}>{(code) => <DraftOverview providerCode={code} />}</Centre>}
        />
        <Route path="centres/:providerCode/draft/:kind/:code" element={<DraftItem ownCentre={ownCentre} />} />
        <Route
          path="centres/:providerCode/changes"
          element={<Centre ownCentre={ownCentre}>{(code) => <DiffView providerCode={code} />}</Centre>}
        />
        <Route
          path="centres/:providerCode/impact"
          element={<Centre ownCentre={ownCentre}>{(code) => <ImpactView providerCode={code} />}</Centre>}
        />
        <Route
          path="centres/:providerCode/import"
          element={<Centre ownCentre={ownCentre}>{(code) => <ImportPage providerCode={code} />}</Centre>}
        />
        <Route path="quotes" element={<QuoteInbox showCentre={admin} />} />
        <Route path="quotes/:quoteId" element={<Quote />} />
        <Route path="agreements" element={<AgreementAdminList showCentre={admin} />} />
        <Route path="agreements/:agreementId" element={<Agreement />} />
        <Route path="audit" element={<Audit admin={admin} />} />
        <Route path="agencies" element={<AgencyList ownCentre={ownCentre} />} />
        <Route path="agencies/new" element={<AgencyCreatePage ownCentre={ownCentre} />} />
        <Route path="agencies/:agencyId" element={<Agency ownCentre={ownCentre} />} />
        <Route path="users/*" element={<UsersArea />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
