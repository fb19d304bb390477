/**
 * The account managers' area: catalogue versions, the draft editor, changes, impact, quotes, audit,
 * agencies, and (administrators) users.
 */
import './i18n';
export { ManagerNav } from './components/ManagerNav';
export { ManagerHome } from './components/ManagerHome';
export { CentreAccess } from './components/CentreAccess';
export { VersionList } from './components/VersionList';
export { DraftOverview } from './components/DraftOverview';
export { DraftItemPage, isItemKind } from './components/DraftItemPage';
export { DiffView } from './components/DiffView';
export { ImpactView } from './components/ImpactView';
export { ImportPage } from './components/ImportPage';
export { QuoteInbox } from './components/quotes/QuoteInbox';
export { QuoteReview } from './components/quotes/QuoteReview';
export { AuditLog } from './components/audit/AuditLog';
export { AgencyList } from './components/agencies/AgencyList';
export { AgencyCreatePage, AgencyEditPage } from './components/agencies/AgencyPages';
export { UsersArea } from './components/users/UsersArea';
export { managePaths } from './manage-paths';
export { useManagedProviderCodes } from './api/versions';
