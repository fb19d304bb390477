import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { apiFailure } from '../../../lib/api-errors';
import { useSession } from '../../../lib/session';

/** The API's rule for new passwords. */
const MIN_LENGTH = 12;

type Field = 'current' | 'next' | 'repeat';
type FieldErrors = Partial<Record<Field, string>>;

/**
 * Current password, new password twice. Checked here first (length, repeat, differs), then by the
 * API; its refusals are shown at the field they concern. `next`: where "Continue" goes afterwards.
 */
export function ChangePasswordForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const { user, changePassword } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', repeat: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const refs: Record<Field, RefObject<HTMLInputElement | null>> = {
    current: useRef<HTMLInputElement>(null),
    next: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };
  const messageRef = useRef<HTMLDivElement>(null);
  const required = user?.mustChangePassword ?? false;

  const show = (found: FieldErrors) => {
    setErrors(found);
    const first = (['current', 'next', 'repeat'] as const).find((field) => found[field]);
    if (first) refs[first].current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = checkLocally(values);
    show(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await changePassword(values.current, values.next);
      setDone(true);
      setValues({ current: '', next: '', repeat: '' });
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch (error) {
      const failure = apiFailure(error);
      const field = failure.kind === 'refused' ? failure.field : undefined;
      if (field === 'currentPassword') show({ current: t('session.password.currentWrong') });
      else if (field === 'newPassword') show({ next: t('session.password.refused') });
      else {
        setFailure(t(failure.kind === 'offline' ? 'session.password.offline' : 'session.password.failed'));
        requestAnimationFrame(() => messageRef.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  };

  const checkLocally = (input: Record<Field, string>): FieldErrors => {
    const found: FieldErrors = {};
    if (!input.current) found.current = t('session.password.currentMissing');
    if (input.next.length < MIN_LENGTH) found.next = t('session.password.tooShort');
    else if (input.next === input.current) found.next = t('session.password.same');
    if (!found.next && input.repeat !== input.next) found.repeat = t('session.password.mismatch');
    return found;
  };

  const field = (name: Field, label: string, autoComplete: string, description?: string) => (
    <Textfield
      ref={refs[name]}
      label={label}
      description={description}
      type="password"
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      error={errors[name]}
    />
  );

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('session.password.title')}
      </Heading>
      {required && !done && <Paragraph className="lead">{t('session.password.required')}</Paragraph>}
      {done && (
        <Alert data-color="success" className="state" ref={messageRef} tabIndex={-1}>
          <Paragraph>{t('session.password.done')}</Paragraph>
          <Link asChild>
            <RouterLink to={next}>{t('session.password.continue')}</RouterLink>
          </Link>
        </Alert>
      )}
      {failure && (
        <Alert data-color="danger" className="state" ref={messageRef} tabIndex={-1}>
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {!done && (
        <form className="password-form" onSubmit={(event) => void submit(event)} noValidate>
          {field('current', t('session.password.current'), 'current-password')}
          {field('next', t('session.password.next'), 'new-password', t('session.password.nextHint'))}
          {field('repeat', t('session.password.repeat'), 'new-password')}
          <div>
            <Button type="submit" aria-busy={busy || undefined} aria-disabled={busy || undefined}>
              {busy ? t('session.password.busy') : t('session.password.submit')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
