import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { usageCsv, type UsageMonth } from '../lib/usage';

/** Downloads the months shown as a CSV file (see usageCsv). */
export function UsageCsvDownload({
  months,
  reference,
}: {
  months: readonly UsageMonth[];
  reference: string;
}) {
  const { t } = useTranslation();
  const download = () => {
    const url = URL.createObjectURL(new Blob([usageCsv(months)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('manager.agreements.usage.fileName', { reference });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button variant="secondary" onClick={download}>
      {t('manager.agreements.usage.csv')}
    </Button>
  );
}
