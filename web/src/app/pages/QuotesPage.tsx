import { QuoteList } from '../../features/quotes/components/QuoteList';
import { useSession } from '../../lib/session';

/** `/quotes[?status=…]`: the quotes the signed-in user may see (loaded on demand). */
export default function QuotesPage() {
  const { user } = useSession();
  // A customer sees only its own agency's quotes; the centre and administrators see whose they are.
  return <QuoteList showAgency={user?.role !== 'CUSTOMER'} />;
}
