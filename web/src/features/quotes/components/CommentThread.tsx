import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { textInputMessage, textInputProblem } from '../../../lib/text-input';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useAddComment, type QuoteDetail } from '../api/quotes';
import { quoteFailure } from '../model/quote-errors';

/**
 * The quote's comment thread, oldest first, and a form to add to it. After adding, the field is
 * emptied and keeps the focus, and the addition is announced.
 */
export function CommentThread({ quote, canComment }: { quote: QuoteDetail; canComment: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const online = useOnlineStatus();
  const add = useAddComment(quote.id);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const trimmed = text.trim();
    const found = textInputProblem(text, 'comment');
    const invalid = found && textInputMessage(t, found, 'quotes.comments');
    setProblem(invalid);
    setAnnouncement('');
    if (invalid) {
      fieldRef.current?.focus();
      return;
    }
    add.mutate(trimmed, {
      onSuccess: () => {
        setText('');
        setAnnouncement(t('quotes.done.commented'));
        fieldRef.current?.focus();
      },
      onError: (error) => setProblem(t(quoteFailure(error, online).key)),
    });
  };

  return (
    <section aria-labelledby="quote-comments-heading" className="quote-section no-print">
      <Heading level={2} data-size="sm" id="quote-comments-heading">
        {t('quotes.comments.heading')}
      </Heading>
      {quote.comments.length === 0 ? (
        <Paragraph>{t('quotes.comments.none')}</Paragraph>
      ) : (
        <ol className="comments">
          {quote.comments.map((comment) => (
            <li key={comment.id} className="comment">
              <Paragraph data-size="sm" className="muted">
                {t('quotes.comments.by', {
                  author: comment.authorName,
                  date: format.date(comment.createdAt.slice(0, 10)),
                })}
              </Paragraph>
              <Paragraph className="comment__text">{comment.text}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form className="comment-form" onSubmit={submit} noValidate>
          <Textfield
            ref={fieldRef}
            multiline
            rows={3}
            label={t('quotes.comments.label')}
            description={t('quotes.comments.hint')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            error={problem ?? undefined}
          />
          <div>
            <Button type="submit" variant="secondary" aria-busy={add.isPending || undefined}>
              {add.isPending ? t('quotes.comments.busy') : t('quotes.comments.add')}
            </Button>
          </div>
        </form>
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
