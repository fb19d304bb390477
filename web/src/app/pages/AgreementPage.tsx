import { useParams } from 'react-router';
import { AgreementDetail } from '../../features/agreements/components/AgreementDetail';

/** `/my-services/:agreementId`: one agreement with its terms and price schedules (loaded on demand). */
export default function AgreementPage() {
  const { agreementId = '' } = useParams();
  return <AgreementDetail key={agreementId} agreementId={agreementId} />;
}
