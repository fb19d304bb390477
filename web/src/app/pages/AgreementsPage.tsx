import { AgreementList } from '../../features/agreements/components/AgreementList';

/** `/my-services`: the agreements the signed-in user may see (loaded on demand). */
export default function AgreementsPage() {
  return <AgreementList />;
}
