import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useFormField } from '../../../lib/manage/item-form-context';
import { ErrorText } from './ErrorText';

interface Props {
  /** The form path the group stands for: messages about the whole group (or a part with no field of its own) show here. */
  path: string;
  legend: ReactNode;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A fieldset for a part of an item (a price component, a tier, a localized text) that can carry errors. */
export function FieldGroup({ path, legend, description, className, children }: Props) {
  const field = useFormField(path);
  return (
    <Fieldset id={field.id} className={className ?? 'form-group'} tabIndex={-1}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {field.errors.length > 0 && (
        <ValidationMessage>
          <ErrorText errors={field.errors} />
        </ValidationMessage>
      )}
      {children}
    </Fieldset>
  );
}
