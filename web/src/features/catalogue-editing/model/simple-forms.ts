import type { BenchmarkPackagesDocument, CategoryDocument, DriverDocument } from '@servicekatalog/shared';
import type {
  CatalogueVersionSettingsInput,
  CategoryInput,
  VolumeDriverInput,
} from '../../../lib/graphql/generated/graphql';
import { textForm, textInput, type LocalProblem, type TextForm } from '../../../lib/manage/form-values';

export interface CategoryForm {
  code: string;
  name: TextForm;
}

export function categoryForm(category: CategoryDocument | null): CategoryForm {
  return { code: category?.code ?? '', name: textForm(category?.name) };
}

export function categoryInput(form: CategoryForm): { input: CategoryInput; problems: LocalProblem[] } {
  const problems: LocalProblem[] = [];
  const name = textInput(form.name, { path: 'name', kind: 'name', problems });
  return { input: { code: form.code.trim(), name }, problems };
}

export interface DriverForm {
  code: string;
  name: TextForm;
  unit: TextForm;
  integer: boolean;
  /** A STANDARD_MEASURES value, or '' for none. */
  standardMeasure: string;
}

export function driverForm(driver: DriverDocument | null): DriverForm {
  return {
    code: driver?.code ?? '',
    name: textForm(driver?.name),
    unit: textForm(driver?.unit),
    integer: driver?.integer ?? true,
    standardMeasure: driver?.standardMeasure ?? '',
  };
}

export function driverInput(form: DriverForm): { input: VolumeDriverInput; problems: LocalProblem[] } {
  const problems: LocalProblem[] = [];
  return {
    input: {
      code: form.code.trim(),
      name: textInput(form.name, { path: 'name', kind: 'name', problems }),
      unit: textInput(form.unit, { path: 'unit', kind: 'label', problems }),
      integer: form.integer,
      standardMeasure: form.standardMeasure || null,
    },
    problems,
  };
}

export interface SettingsForm {
  validFrom: string;
  currency: string;
  /** Package code per benchmark kind; '' for not offered. */
  benchmarkPackages: { PAYROLL: string; ACCOUNTING: string; BOTH: string };
}

export function benchmarkPackagesForm(packages: BenchmarkPackagesDocument | null | undefined) {
  return {
    PAYROLL: packages?.PAYROLL ?? '',
    ACCOUNTING: packages?.ACCOUNTING ?? '',
    BOTH: packages?.BOTH ?? '',
  };
}

export function settingsInput(form: SettingsForm): {
  input: CatalogueVersionSettingsInput;
  problems: LocalProblem[];
} {
  return {
    input: {
      validFrom: form.validFrom.trim() || null,
      currency: form.currency.trim().toUpperCase(),
      benchmarkPackages: {
        PAYROLL: form.benchmarkPackages.PAYROLL || null,
        ACCOUNTING: form.benchmarkPackages.ACCOUNTING || null,
        BOTH: form.benchmarkPackages.BOTH || null,
      },
    },
    problems: [],
  };
}

/** Settings paths in the document → the settings form's fields. */
export function settingsFormPath(documentPath: string): string {
  return documentPath === 'provider.currency' ? 'currency' : documentPath;
}
