import { useParams } from 'react-router';
import { Comparison } from '../../features/compare/components/Comparison';

/** `/centres/:providerCode/compare?config=…&config=…`: up to four configurations side by side (loaded on demand). */
export default function ComparePage() {
  const { providerCode = '' } = useParams();
  return <Comparison providerCode={providerCode} />;
}
