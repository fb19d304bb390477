import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type LanguageCode } from '../../i18n/i18n';

/** A labelled language choice; the choice is remembered and sets `<html lang>`. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Field className="language-select" data-size="sm">
      <Label htmlFor={id}>{t('app.language')}</Label>
      <Select
        id={id}
        value={i18n.language}
        width="auto"
        // A language's texts load when it is chosen; if they cannot (offline), the interface stays
        // in the language it is in, and the offline banner says why.
        onChange={(event) => void changeLanguage(event.target.value as LanguageCode).catch(() => undefined)}
      >
        {LANGUAGES.map((language) => (
          <Select.Option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
