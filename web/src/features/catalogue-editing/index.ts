/**
 * Catalogue editing in the account managers' area: a centre's versions, the draft editor, the
 * changes between versions, a draft's impact on open quotes, and import.
 */
import '../../lib/manage/i18n';
export { ManagerHome } from './components/ManagerHome';
export { CentreAccess } from './components/CentreAccess';
export { VersionList } from './components/VersionList';
export { DraftOverview } from './components/DraftOverview';
export { DraftItemPage, isItemKind } from './components/DraftItemPage';
export { DiffView } from './components/DiffView';
export { ImpactView } from './components/ImpactView';
export { ImportPage } from './components/ImportPage';
