import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ComparedEntry } from '../model/entries';

/** A configuration whose centre's catalogue is still loading, or could not be loaded. */
export function WaitingCard({
  entry,
  failed,
  onRemove,
}: {
  entry: ComparedEntry;
  failed: boolean;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const headingId = `waiting-${entry.index}`;
  return (
    <Card className="compare-card" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('compare.configuration', { letter: entry.letter })}
      </Heading>
      <Paragraph data-size="sm" role="status">
        {t(failed ? 'compareCentres.failed' : 'compareCentres.loading', {
          code: entry.code,
          letter: entry.letter,
        })}
      </Paragraph>
      {onRemove && (
        <Button variant="tertiary" data-size="sm" onClick={onRemove}>
          {t('compare.remove', { letter: entry.letter })}
        </Button>
      )}
    </Card>
  );
}
