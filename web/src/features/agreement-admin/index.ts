/** The centre's side of agreements: the list, and an agreement's terms, volumes, usage and results. */
import '../../lib/manage/i18n';
import './i18n';
export { AgreementAdminList } from './components/AgreementAdminList';
export { AgreementAdminPage } from './components/AgreementAdminPage';
