import type { ShownError } from '../../hooks/form-errors';

/** The messages placed at one field; the API's English sentences are marked as English. */
export function ErrorText({ errors }: { errors: readonly ShownError[] }) {
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((error, index) => (
        <span key={index} lang={error.lang} className="field-error">
          {error.message}
        </span>
      ))}
    </>
  );
}
