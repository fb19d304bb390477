import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/format';
import { textInputMessage, textInputProblem } from '../../../lib/text-input';
import { useAddQuoteComment, type ManagedQuote } from '../api/quotes';

/** The thread between the agency and the centre, oldest first, and a way to add to it. */
export function QuoteComments({ quote }: { quote: ManagedQuote }) {
  const { t, i18n } = useTranslation();
  const add = useAddQuoteComment();
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'sent' | 'failed'>('idle');
  /** What is wrong with the comment under the shared text rules, worded; null when it can be sent. */
  const [problem, setProblem] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const send = async () => {
    const found = textInputProblem(text, 'comment');
    setProblem(found && textInputMessage(t, found, 'manager.comments'));
    if (found) return setState('idle');
    try {
      await add.mutateAsync({ id: quote.id, text: text.trim() });
      setText('');
      setState('sent');
    } catch {
      setState('failed');
    }
  };
  return (
    <section aria-labelledby="comments-heading" className="quote-section">
      <Heading id="comments-heading" level={2} data-size="md">
        {t('manager.comments.heading', { count: quote.comments.length })}
      </Heading>
      {quote.comments.length === 0 ? (
        <Paragraph>{t('manager.comments.none')}</Paragraph>
      ) : (
        <ol className="comments">
          {quote.comments.map((comment) => (
            <li key={comment.id}>
              <p className="comment-meta">
                {t('manager.comments.meta', {
                  author: comment.authorName,
                  time: time.format(new Date(comment.createdAt)),
                })}
              </p>
              <p className="comment-text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Textfield
          id="new-comment"
          multiline
          rows={3}
          label={t('manager.comments.label')}
          description={t('manager.comments.help')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={problem ?? undefined}
          counter={{
            limit: 2000,
            under: t('manager.form.charactersLeft'),
            over: t('manager.form.charactersOver'),
          }}
        />
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {t('manager.comments.send')}
        </Button>
        <p role="status" className="form-status">
          {state === 'sent'
            ? t('manager.comments.sent')
            : state === 'failed'
              ? t('manager.comments.failed')
              : ''}
        </p>
      </form>
    </section>
  );
}
