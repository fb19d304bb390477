import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import '../i18n';

/** The way from a centre's catalogue to its customers' proposals. */
export function ProposalsLink({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  return (
    <Button asChild variant="secondary">
      <RouterLink to={`/centres/${encodeURIComponent(providerCode)}/proposals`}>
        {t('proposals.link')}
      </RouterLink>
    </Button>
  );
}
