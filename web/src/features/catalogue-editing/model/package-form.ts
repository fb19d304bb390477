import type { ServicePackageDocument } from '@servicekatalog/shared';
import type { ServicePackageInput } from '../../../lib/graphql/generated/graphql';
import {
  decimalForm,
  decimalInput,
  optionalTextInput,
  textForm,
  textInput,
  type LocalProblem,
  type TextForm,
} from '../../../lib/manage/form-values';
import { parsePath, formatPath } from '../../../lib/manage/paths';

export interface PackageItemForm {
  service: string;
  /** The document's map driver → quantity, as rows (the API's input takes it as a list too). */
  included: { driver: string; quantity: string }[];
}

export interface ServicePackageForm {
  code: string;
  name: TextForm;
  description: TextForm;
  serviceLevel: string;
  discountPercent: string;
  items: PackageItemForm[];
  /** null: every add-on may be added. */
  allowedAddOns: string[] | null;
}

export function servicePackageForm(servicePackage: ServicePackageDocument | null): ServicePackageForm {
  return {
    code: servicePackage?.code ?? '',
    name: textForm(servicePackage?.name),
    description: textForm(servicePackage?.description),
    serviceLevel: servicePackage?.serviceLevel ?? '',
    discountPercent: decimalForm(servicePackage?.discountPercent ?? '0'),
    items: (servicePackage?.items ?? []).map((item) => ({
      service: item.service,
      included: Object.entries(item.included ?? {}).map(([driver, quantity]) => ({ driver, quantity })),
    })),
    allowedAddOns: servicePackage ? (servicePackage.allowedAddOns ?? null) : null,
  };
}

export function servicePackageInput(form: ServicePackageForm): {
  input: ServicePackageInput;
  problems: LocalProblem[];
} {
  const problems: LocalProblem[] = [];
  return {
    input: {
      code: form.code.trim(),
      name: textInput(form.name, { path: 'name', kind: 'name', problems }),
      description: optionalTextInput(form.description, {
        path: 'description',
        kind: 'description',
        problems,
      }),
      serviceLevel: form.serviceLevel || null,
      discountPercent: decimalInput(form.discountPercent),
      items: form.items.map((item) => ({
        service: item.service,
        included: item.included.map((row) => ({ driver: row.driver, quantity: row.quantity.trim() })),
      })),
      allowedAddOns: form.allowedAddOns,
    },
    problems,
  };
}

/**
 * A document path inside a package → the form's path. They differ in one place: `included` is a
 * map in the document ("items[1].included.PAYSLIPS") and rows in the form ("items[1].included[0].quantity").
 */
export function packageFormPath(documentPath: string, form: ServicePackageForm): string {
  const segments = parsePath(documentPath);
  const at = segments.indexOf('included');
  if (at !== 2 || segments[0] !== 'items' || typeof segments[1] !== 'number' || segments.length < 4)
    return documentPath;
  const driver = segments[3];
  const row = form.items[segments[1]]?.included.findIndex((entry) => entry.driver === driver) ?? -1;
  return row < 0 ? formatPath(segments.slice(0, 3)) : formatPath([...segments.slice(0, 3), row, 'quantity']);
}
