/** The quote inbox of account managers and administrators: submitted quotes to review and decide. */
import '../../lib/manage/i18n';
import './i18n';
export { QuoteInbox } from './components/QuoteInbox';
export { QuoteReview } from './components/QuoteReview';
