import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportCatalogue } from '../api/version-actions';

/** Saves `document` as a JSON file named `filename` through the browser's download. */
export function downloadJson(document: unknown, filename: string): void {
  const blob = new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = filename;
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads a catalogue version as its JSON catalogue document (the import format). */
export function ExportButton({ providerCode, number }: { providerCode: string; number: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      downloadJson(await exportCatalogue(providerCode, number), `${providerCode}-v${number}.json`);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="export-button">
      <Button variant="tertiary" data-size="sm" onClick={() => void download()} disabled={state === 'busy'}>
        {t('manager.export.button', { number })}
      </Button>
      <span role="status" className="export-button__status">
        {state === 'failed' ? t('manager.export.failed') : ''}
      </span>
    </span>
  );
}
