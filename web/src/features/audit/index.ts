/** The audit log: who changed what, when. */
import '../../lib/manage/i18n';
import './i18n';
export { AuditLog } from './components/AuditLog';
