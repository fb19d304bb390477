import { useParams } from 'react-router';
import { QuotePrint } from '../../features/quotes/components/QuotePrint';

/** `/quotes/:quoteId/print`: the quote laid out for printing or saving as PDF (loaded on demand). */
export default function QuotePrintPage() {
  const { quoteId = '' } = useParams();
  return <QuotePrint quoteId={quoteId} />;
}
