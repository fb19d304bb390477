import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { issueWords } from '../model/issue-words';
import type { Notice } from '../hooks/use-notice';
import type { QuoteNames } from '../../../components/quote/use-quote-names';

/** What just happened on the quote page: a success, or a refusal in words with what to do next. */
export function QuoteNotice({
  notice,
  noticeRef,
  names,
  onReload,
}: {
  notice: Notice | null;
  noticeRef: Ref<HTMLDivElement>;
  names: QuoteNames;
  onReload(): void;
}) {
  const { t } = useTranslation();
  if (!notice) return null;
  if (notice.tone === 'success') {
    return (
      <Alert data-color="success" className="state quote-notice" ref={noticeRef} tabIndex={-1}>
        <Paragraph>{notice.text}</Paragraph>
      </Alert>
    );
  }
  const { failure } = notice;
  return (
    <Alert data-color="danger" className="state quote-notice" ref={noticeRef} tabIndex={-1}>
      <Paragraph>{t(failure.key)}</Paragraph>
      {failure.issues.length > 0 && (
        <ul>
          {failure.issues.map((issue, i) => (
            <li key={`${issue.code}-${i}`}>{issueWords(issue, names, t)}</li>
          ))}
        </ul>
      )}
      {failure.reload && (
        <Button variant="secondary" data-size="sm" onClick={onReload}>
          {t('quotes.actions.reload')}
        </Button>
      )}
    </Alert>
  );
}
