import { useParams, useSearchParams } from 'react-router';
import { CatalogueBrowser } from '../../features/catalogue/components/CatalogueBrowser';
import { ProposalsLink } from '../../features/proposals/components/ProposalsLink';

/** `/centres/:providerCode[?version=N]`: the catalogue browser (loaded on demand). */
export default function CataloguePage() {
  const { providerCode = '' } = useParams();
  const [search] = useSearchParams();
  const version = Number.parseInt(search.get('version') ?? '', 10);
  return (
    <CatalogueBrowser
      providerCode={providerCode}
      version={Number.isInteger(version) && version > 0 ? version : null}
      actions={<ProposalsLink providerCode={providerCode} />}
    />
  );
}
