import { Alert, Button, Dialog, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { ConfigurationInput } from '@servicekatalog/shared';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import '../../../components/quote/i18n';
import '../../../components/quote/quotes.css';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { loginPath, useSession, userMay } from '../../../lib/session';
import { useOnlineStatus } from '../../../lib/use-online-status';
import { useSaveQuote, useUpdateQuote, type QuoteDetail } from '../api/quotes';
import { quoteFailure } from '../model/quote-errors';
import { nameProblem } from './RenameQuote';
import { textInputMessage } from '../../../lib/text-input';
import { SaveQuoteAgency } from './SaveQuoteAgency';

interface Props {
  /** The configuration as the API takes it (from the configurator). */
  configuration: ConfigurationInput;
  /** False while a volume cannot be read: nothing to save yet. */
  complete: boolean;
}

/**
 * "Save as quote" beside the configurator's price. Customers name the configuration in a dialog
 * and save it as a draft quote; administrators also choose the agency it is for; anonymous visitors
 * are invited to sign in and come back to the same configuration (the address carries it).
 */
export function SaveQuote({ configuration, complete }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname, search } = useLocation();
  const [saved, setSaved] = useState<QuoteDetail | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  if (!user) {
    return (
      <div className="save-quote">
        <Link asChild>
          <RouterLink to={loginPath(`${pathname}${search}`)}>{t('quotes.save.signIn')}</RouterLink>
        </Link>
        <Paragraph data-size="sm">{t('quotes.save.signInHint')}</Paragraph>
      </div>
    );
  }
  if (!userMay(user, 'QUOTE_EDIT')) {
    return (
      <Paragraph data-size="sm" className="save-quote">
        {t('quotes.save.notCustomer')}
      </Paragraph>
    );
  }
  const openDialog = () => {
    if (!complete) return;
    // The dialog opens on the name field: naming is the one thing to do there.
    dialogRef.current?.showModal();
    fieldRef.current?.focus();
  };
  const disabled = {
    'aria-disabled': !complete || undefined,
    'aria-describedby': complete ? undefined : 'save-quote-incomplete',
  };
  return (
    <div className="save-quote">
      {saved ? (
        // Once saved, changing the configuration further updates that quote: saving it again as a
        // new quote is still there, but no longer the main action (it made duplicates).
        <div className="save-quote__buttons">
          <UpdateSaved
            saved={saved}
            configuration={configuration}
            complete={complete}
            onUpdated={(quote) => {
              setSaved(quote);
              requestAnimationFrame(() => savedRef.current?.focus());
            }}
          />
          <Button variant="secondary" onClick={openDialog} {...disabled}>
            {t('quotes.save.asNew')}
          </Button>
        </div>
      ) : (
        <Button onClick={openDialog} {...disabled}>
          {t('quotes.save.button')}
        </Button>
      )}
      {!complete && (
        <Paragraph data-size="sm" id="save-quote-incomplete">
          {t('quotes.save.incomplete')}
        </Paragraph>
      )}
      {saved && (
        <Alert data-color="success" className="state" ref={savedRef} tabIndex={-1}>
          <Paragraph>{t('quotes.done.saved')}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`/quotes/${encodeURIComponent(saved.id)}`}>
                {t('quotes.save.open', { reference: saved.displayReference })}
              </RouterLink>
            </Link>
          </Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/quotes">{t('quotes.save.all')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
      <SaveDialog
        dialogRef={dialogRef}
        fieldRef={fieldRef}
        configuration={configuration}
        chooseAgency={user.role === 'ADMIN'}
        onSaved={(quote) => {
          dialogRef.current?.close();
          setSaved(quote);
          requestAnimationFrame(() => savedRef.current?.focus());
        }}
      />
    </div>
  );
}

/** "Update quote": puts the configuration as it is now into the quote saved from this page. */
function UpdateSaved({
  saved,
  configuration,
  complete,
  onUpdated,
}: {
  saved: QuoteDetail;
  configuration: ConfigurationInput;
  complete: boolean;
  onUpdated(quote: QuoteDetail): void;
}) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const update = useUpdateQuote();
  const [failure, setFailure] = useState<string | null>(null);
  const run = () => {
    if (!complete || update.isPending) return;
    setFailure(null);
    update.mutate(
      { quote: saved, name: saved.name, configuration },
      {
        onSuccess: onUpdated,
        onError: (error) => setFailure(t(quoteFailure(error, online).key)),
      },
    );
  };
  return (
    <>
      <Button
        onClick={run}
        aria-busy={update.isPending || undefined}
        aria-disabled={!complete || undefined}
        aria-describedby={complete ? undefined : 'save-quote-incomplete'}
      >
        {t('quotes.save.update', { reference: saved.displayReference })}
      </Button>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
    </>
  );
}

function SaveDialog({
  dialogRef,
  fieldRef,
  configuration,
  chooseAgency,
  onSaved,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  fieldRef: RefObject<HTMLInputElement | null>;
  configuration: ConfigurationInput;
  chooseAgency: boolean;
  onSaved(quote: QuoteDetail): void;
}) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const save = useSaveQuote();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState('');
  const [agencyProblem, setAgencyProblem] = useState<string | null>(null);
  const agencyRef = useRef<HTMLSelectElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = nameProblem(name);
    const noAgency = chooseAgency && agencyId === '';
    setProblem(found && textInputMessage(t, found, 'quotes.rename'));
    setAgencyProblem(noAgency ? t('quotes.save.agency.missing') : null);
    setFailure(null);
    if (found || noAgency) {
      (found ? fieldRef : agencyRef).current?.focus();
      return;
    }
    save.mutate(
      { name: name.trim(), configuration, ...(chooseAgency ? { agencyId } : {}) },
      {
        onSuccess: (quote) => {
          setName('');
          onSaved(quote);
        },
        onError: (error) => {
          setFailure(t(quoteFailure(error, online).key));
          fieldRef.current?.focus();
        },
      },
    );
  };

  return (
    <Dialog ref={dialogRef} closeButton={t('quotes.save.close')} aria-labelledby="save-quote-heading">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id="save-quote-heading">
          {t('quotes.save.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} noValidate className="save-quote__form">
          {failure && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
          <Textfield
            label={t('quotes.save.label')}
            description={t('quotes.save.hint')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={problem ?? undefined}
            autoComplete="off"
            ref={fieldRef}
          />
          {chooseAgency && (
            <SaveQuoteAgency
              providerCode={configuration.providerCode}
              value={agencyId}
              onChange={setAgencyId}
              error={agencyProblem}
              selectRef={agencyRef}
            />
          )}
          <div className="dialog-buttons">
            <Button type="submit" aria-busy={save.isPending || undefined}>
              {save.isPending ? t('quotes.save.busy') : t('quotes.save.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
              {t('quotes.save.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
