import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCentres } from '../api/centres';

interface Props {
  /** The page's own centre. */
  ownCode: string;
  /** The comparison holds as many configurations as it can. */
  full: boolean;
  /** Adds an empty configuration of a centre (null: the page's own). */
  onAdd(centre: string | null): void;
}

/** Adds a configuration of any centre — another centre's is priced in its own currency, and converted. */
export function AddCentre({ ownCode, full, onAdd }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const centres = useCentres();
  const [picked, setPicked] = useState<string | null>(null);
  const list = centres.data ?? [];
  if (list.length < 2) return null;
  const chosen = picked ?? list.find((centre) => centre.code !== ownCode)?.code ?? ownCode;
  return (
    <div className="compare-add-centre">
      <Field>
        <Label htmlFor={`${id}-centre`}>{t('compareCentres.centreLabel')}</Label>
        <Select id={`${id}-centre`} value={chosen} onChange={(event) => setPicked(event.target.value)}>
          {list.map((centre) => (
            <Select.Option key={centre.code} value={centre.code}>
              {centre.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={full}
        aria-describedby={full ? 'compare-full' : undefined}
        onClick={() => onAdd(chosen === ownCode ? null : chosen)}
      >
        {t('compareCentres.addFromCentre')}
      </Button>
    </div>
  );
}
