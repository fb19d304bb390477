/** Users and their sign-in, kept by administrators. */
import '../../lib/manage/i18n';
import './i18n';
export { UsersArea } from './components/UsersArea';
