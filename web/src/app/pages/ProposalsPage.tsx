import { useParams } from 'react-router';
import { Proposals } from '../../features/proposals/components/Proposals';

/** `/centres/:providerCode/proposals[?status=…]`: the customers' proposals to a centre (loaded on demand). */
export default function ProposalsPage() {
  const { providerCode = '' } = useParams();
  return <Proposals providerCode={providerCode} />;
}
