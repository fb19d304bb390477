import { Button, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textInputMessage, textInputProblem, type TextInputProblem } from '../../../lib/text-input';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { configurationInput, useUpdateQuote, type QuoteDetail } from '../api/quotes';
import { quoteFailure } from '../model/quote-errors';
import type { Notice } from '../hooks/use-notice';

/** What is wrong with a quote name under the shared text rules, or null when it can be used. */
export function nameProblem(name: string): TextInputProblem | null {
  return textInputProblem(name, 'name');
}

/** Renames a draft (updateQuote with its stored configuration); the button opens a small form. */
export function RenameQuote({ quote, notify }: { quote: QuoteDetail; notify(notice: Notice): void }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const update = useUpdateQuote();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.name);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const open = () => {
    setName(quote.name);
    setProblem(null);
    setEditing(true);
    requestAnimationFrame(() => fieldRef.current?.focus());
  };
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const found = nameProblem(name);
    setProblem(found && textInputMessage(t, found, 'quotes.rename'));
    if (found) {
      fieldRef.current?.focus();
      return;
    }
    update.mutate(
      { quote, name: name.trim(), configuration: configurationInput(quote) },
      {
        onSuccess: () => {
          setEditing(false);
          notify({ tone: 'success', text: t('quotes.done.renamed') });
        },
        onError: (error) => {
          setEditing(false);
          notify({ tone: 'failure', failure: quoteFailure(error, online) });
        },
      },
    );
  };

  if (!editing) {
    return (
      <Button ref={openRef} variant="tertiary" data-size="sm" onClick={open}>
        {t('quotes.actions.rename')}
      </Button>
    );
  }
  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <Textfield
        ref={fieldRef}
        label={t('quotes.rename.label')}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problem ?? undefined}
        autoComplete="off"
      />
      <div className="dialog-buttons">
        <Button type="submit" data-size="sm" aria-busy={update.isPending || undefined}>
          {t('quotes.rename.save')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={close}>
          {t('quotes.rename.cancel')}
        </Button>
      </div>
    </form>
  );
}
