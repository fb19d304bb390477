import { useParams } from 'react-router';
import { QuoteDetail } from '../../features/quotes/components/QuoteDetail';

/** `/quotes/:quoteId`: one quote with its price, status, actions and comments (loaded on demand). */
export default function QuotePage() {
  const { quoteId = '' } = useParams();
  return <QuoteDetail key={quoteId} quoteId={quoteId} />;
}
