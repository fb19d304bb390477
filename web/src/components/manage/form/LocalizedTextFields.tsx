import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES } from '../../../lib/manage/form-values';
import { useFormField } from '../../../lib/manage/item-form-context';
import { FieldGroup } from './FieldGroup';
import { TextField } from './fields';

interface Props {
  /** Path of a localized text (language → text) in the form value, e.g. "name". */
  path: string;
  legend: ReactNode;
  multiline?: boolean;
  /** Say that English is required (names, labels); descriptions may be left empty. */
  required?: boolean;
}

/** One text in every language: English first (the catalogue requires it), then the others. */
export function LocalizedTextFields({ path, legend, multiline, required }: Props) {
  const { t } = useTranslation();
  const field = useFormField(path);
  const languages = Object.keys((field.value as Record<string, string> | undefined) ?? {});
  return (
    <FieldGroup
      path={path}
      legend={legend}
      description={required ? t('manager.form.englishRequired') : undefined}
      className="form-group localized-text"
    >
      <div className="localized-text__fields">
        {languages.map((language) => (
          <TextField
            key={language}
            path={`${path}.${language}`}
            label={t('manager.form.inLanguage', { language: languageName(language, t) })}
            multiline={multiline}
            lang={language}
          />
        ))}
      </div>
    </FieldGroup>
  );
}

function languageName(code: string, t: TFunction): string {
  return (TEXT_LANGUAGES as readonly string[]).includes(code) ? t(`manager.languages.${code}`) : code;
}
