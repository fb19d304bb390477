/** Customer agencies, as account managers (their centre's) and administrators keep them. */
import '../../lib/manage/i18n';
import './i18n';
export { AgencyList } from './components/AgencyList';
export { AgencyCreatePage, AgencyEditPage } from './components/AgencyPages';
