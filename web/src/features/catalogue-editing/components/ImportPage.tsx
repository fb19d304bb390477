import {
  Alert,
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Table,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDescribeDocumentError } from '../../../lib/document-errors';
import { validateCatalogue, useImportCatalogue, type DocumentError } from '../api/import';
import { useManagedProvider } from '../../../lib/manage/versions';
import { saveFailure } from '../../../lib/api-errors';
import { managePaths } from '../../../lib/manage/manage-paths';
import { failureKey } from '../../../components/manage/form/SaveFeedback';

type Checked =
  | { kind: 'none' }
  | { kind: 'checking'; file: string }
  | { kind: 'unreadable'; file: string }
  | { kind: 'invalid'; file: string; errors: DocumentError[] }
  | { kind: 'valid'; file: string; document: Record<string, unknown> };

/**
 * `/manage/centres/:code/import`: a catalogue document from a file — checked first (every error
 * listed at its path, nothing written), then imported as the centre's draft, replacing the
 * current draft only when asked to.
 */
export function ImportPage({ providerCode }: { providerCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fileId = useId();
  const centre = useManagedProvider(providerCode);
  const importCatalogue = useImportCatalogue();
  const [checked, setChecked] = useState<Checked>({ kind: 'none' });
  const [replace, setReplace] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('manager.import.title'));

  const check = async (file: File) => {
    setFailure(null);
    setChecked({ kind: 'checking', file: file.name });
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setChecked({ kind: 'unreadable', file: file.name });
      return;
    }
    try {
      const errors = await validateCatalogue(document);
      setChecked(
        errors.length > 0
          ? { kind: 'invalid', file: file.name, errors }
          : { kind: 'valid', file: file.name, document: document as Record<string, unknown> },
      );
    } catch (error) {
      const result = saveFailure(error);
      setChecked({ kind: 'none' });
      setFailure(t(`manager.failure.${result.kind === 'invalid' ? 'server' : failureKey(result)}.text`));
    }
    setTimeout(() => resultRef.current?.focus(), 0);
  };

  const run = async (document: unknown) => {
    setFailure(null);
    try {
      const created = await importCatalogue.mutateAsync({ document, replaceDraft: replace });
      void navigate(managePaths.draft(created.provider.code), {
        state: { notice: t('manager.import.done', { number: created.number }) },
      });
    } catch (error) {
      const result = saveFailure(error);
      if (result.kind === 'invalid')
        setChecked({ kind: 'invalid', file: checkedFile(checked), errors: result.problems });
      else
        setFailure(
          t(
            `manager.failure.${result.kind === 'draftExists' ? 'draftExistsImport' : failureKey(result)}.text`,
          ),
        );
    }
  };

  const documentCode =
    checked.kind === 'valid' ? (checked.document.provider as { code?: string } | undefined)?.code : undefined;
  return (
    <>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to={managePaths.centre(providerCode)}>
            {t('manager.versions.back', { name: centre.provider?.name ?? providerCode })}
          </RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('manager.import.heading')}
      </Heading>
      <Paragraph className="lead">{t('manager.import.intro')}</Paragraph>
      <Field>
        <Label htmlFor={fileId}>{t('manager.import.file')}</Label>
        <Field.Description>{t('manager.import.fileHelp')}</Field.Description>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          className="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </Field>
      <div ref={resultRef} tabIndex={-1} role="status" className="import-result">
        {checked.kind === 'checking' && (
          <Paragraph>{t('manager.import.checking', { file: checked.file })}</Paragraph>
        )}
        {checked.kind === 'unreadable' && (
          <Alert data-color="danger">
            <Paragraph>{t('manager.import.unreadable', { file: checked.file })}</Paragraph>
          </Alert>
        )}
        {checked.kind === 'invalid' && <DocumentErrors file={checked.file} errors={checked.errors} />}
        {checked.kind === 'valid' && (
          <Alert data-color="success">
            <Paragraph>
              {t('manager.import.valid', { file: checked.file, code: documentCode ?? '?' })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {checked.kind === 'valid' && (
        <div className="import-actions">
          {documentCode && documentCode !== providerCode && (
            <Alert data-color="warning">
              <Paragraph>{t('manager.import.otherCentre', { code: documentCode })}</Paragraph>
            </Alert>
          )}
          {centre.draft && (
            <Checkbox
              label={t('manager.import.replace', { number: centre.draft.number })}
              description={t('manager.import.replaceHelp')}
              checked={replace}
              onChange={(event) => setReplace(event.target.checked)}
            />
          )}
          <Button
            onClick={() => void run(checked.document)}
            disabled={importCatalogue.isPending || (centre.draft !== null && !replace)}
          >
            {t('manager.import.confirm')}
          </Button>
        </div>
      )}
      <p role="alert" className="action-error">
        {failure}
      </p>
    </>
  );
}

function checkedFile(checked: Checked): string {
  return checked.kind === 'none' ? '' : checked.file;
}

function DocumentErrors({ file, errors }: { file: string; errors: readonly DocumentError[] }) {
  const { t } = useTranslation();
  const describe = useDescribeDocumentError();
  return (
    <Alert data-color="danger">
      <Heading level={2} data-size="xs">
        {t('manager.import.invalid', { file, count: errors.length })}
      </Heading>
      <Table data-size="sm" className="document-errors">
        <caption>{t('manager.import.errorsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('manager.import.where')}</Table.HeaderCell>
            <Table.HeaderCell>{t('manager.import.what')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {errors.map((error, index) => {
            const { text, lang } = describe(error);
            return (
              <Table.Row key={index}>
                <Table.Cell>
                  <code>{error.path || t('manager.import.wholeDocument')}</code>
                </Table.Cell>
                <Table.Cell lang={lang}>{text}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </Alert>
  );
}
