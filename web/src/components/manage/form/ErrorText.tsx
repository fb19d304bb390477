import { useDescribeDocumentError } from '../../../lib/document-errors';
import type { ShownError } from '../../../lib/manage/form-errors';

/**
 * The messages placed at one field: the API's document errors in the interface language, its other
 * messages (English sentences) marked as English.
 */
export function ErrorText({ errors }: { errors: readonly ShownError[] }) {
  const describe = useDescribeDocumentError();
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((error, index) => {
        const { text, lang } =
          'documentError' in error
            ? describe(error.documentError)
            : { text: error.message, lang: error.lang };
        return (
          <span key={index} lang={lang} className="field-error">
            {text}
          </span>
        );
      })}
    </>
  );
}
